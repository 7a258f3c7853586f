/* Name resolution on a small pool of helper threads (see resolver.h). A
 * request is shared by the caller and the pool and counts its two
 * references atomically. They share no descriptor: the worker owns the
 * write end of a pipe and closes it once the result is published (a
 * release store of `done`), which makes the caller's read end readable.
 * So a request seen done holds no descriptor of the pool's, and the
 * caller's count of open descriptors is exact. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "resolver.h"

/* Workers at most: ten thousand fibers resolving at once queue for these
 * instead of starting a thread each. Enough that a few names whose
 * servers never answer (each holds a worker until the system resolver
 * gives up) do not hold up the rest. */
#define RESOLVER_THREADS 32
/* A worker with nothing to do for this long ends. */
#define RESOLVER_IDLE_SECONDS 10

struct ResolveRequest {
  atomic_int references; /* the caller's and the pool's */
  atomic_bool done;
  atomic_bool abandoned; /* the caller let go: a queued request is skipped */
  int read_fd;           /* the caller's: readable once done */
  int write_fd;          /* the pool's: closed once done */
  struct ResolveRequest *next; /* in the queue */
  char service[32];
  struct addrinfo hints;
  int rc;
  struct addrinfo *list; /* the result until the caller takes it */
  char host[];
};

/* The queue and its workers, one for the process: its threads serve every
 * VM (a child made by fork starts with none). */
static struct {
  pthread_mutex_t lock;
  pthread_cond_t ready;
  ResolveRequest *head, *tail;
  int queued;  /* requests in the queue */
  int threads; /* started */
  int idle;    /* waiting for a request (a signalled one until it runs again) */
} pool = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, NULL, 0, 0, 0};

static pthread_once_t pool_once = PTHREAD_ONCE_INIT;

static void release(ResolveRequest *r) {
  if (atomic_fetch_sub_explicit(&r->references, 1, memory_order_acq_rel) != 1) return;
  if (r->list != NULL) freeaddrinfo(r->list);
  free(r);
}

static void resolve(ResolveRequest *r) {
  if (!atomic_load_explicit(&r->abandoned, memory_order_acquire))
    r->rc = address_getaddrinfo(r->host, r->service, &r->hints, &r->list);
  atomic_store_explicit(&r->done, true, memory_order_release);
  close(r->write_fd);
  release(r);
}

/* Serves the queue until it has stayed empty for RESOLVER_IDLE_SECONDS. */
static void *work(void *unused) {
  (void)unused;
  pthread_mutex_lock(&pool.lock);
  for (;;) {
    bool waited_long = false;
    while (pool.head == NULL && !waited_long) {
      struct timespec until;
      clock_gettime(CLOCK_REALTIME, &until);
      until.tv_sec += RESOLVER_IDLE_SECONDS;
      pool.idle++;
      waited_long = pthread_cond_timedwait(&pool.ready, &pool.lock, &until) == ETIMEDOUT;
      pool.idle--;
    }
    if (pool.head == NULL) break;
    ResolveRequest *r = pool.head;
    pool.head = r->next;
    if (pool.head == NULL) pool.tail = NULL;
    pool.queued--;
    pthread_mutex_unlock(&pool.lock);
    resolve(r);
    pthread_mutex_lock(&pool.lock);
  }
  pool.threads--;
  pthread_mutex_unlock(&pool.lock);
  return NULL;
}

/* In a child made by fork only the forking thread exists: no worker, and
 * the parent's queue is not the child's to serve. */
static void forget_pool(void) {
  pthread_mutex_init(&pool.lock, NULL);
  pthread_cond_init(&pool.ready, NULL);
  pool.head = pool.tail = NULL;
  pool.queued = pool.threads = pool.idle = 0;
}

static void register_fork_handler(void) { pthread_atfork(NULL, NULL, forget_pool); }

/* A worker takes no signals: they stay with the interpreter's thread. */
static int start_worker(void) {
  pthread_attr_t attributes;
  int err = pthread_attr_init(&attributes);
  if (err) return err;
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  pthread_t thread;
  err = pthread_create(&thread, &attributes, work, NULL);
  pthread_sigmask(SIG_SETMASK, &saved, NULL);
  pthread_attr_destroy(&attributes);
  return err;
}

/* Queues r, starting a worker when the idle ones are fewer than the
 * requests waiting (a burst of requests arrives before any woken worker
 * runs) and there is room for one. Fails only when no worker exists and
 * none can be started. */
static int submit(ResolveRequest *r) {
  pthread_once(&pool_once, register_fork_handler);
  pthread_mutex_lock(&pool.lock);
  int err = 0;
  if (pool.queued + 1 > pool.idle && pool.threads < RESOLVER_THREADS) {
    err = start_worker();
    if (err == 0) pool.threads++;
    else if (pool.threads > 0) err = 0; /* the running ones will get to it */
  }
  if (err == 0) {
    r->next = NULL;
    if (pool.tail) pool.tail->next = r;
    else pool.head = r;
    pool.tail = r;
    pool.queued++;
    pthread_cond_signal(&pool.ready);
  }
  pthread_mutex_unlock(&pool.lock);
  return err;
}

int resolver_start(const char *host, const char *service, const struct addrinfo *hints,
                   ResolveRequest **out) {
  size_t length = strlen(host);
  if (strlen(service) >= sizeof ((ResolveRequest *)0)->service) return ENAMETOOLONG;
  ResolveRequest *r = calloc(1, sizeof *r + length + 1);
  if (r == NULL) return ENOMEM;
  memcpy(r->host, host, length + 1);
  strcpy(r->service, service);
  r->hints = (struct addrinfo){.ai_flags = hints->ai_flags, .ai_family = hints->ai_family,
                               .ai_socktype = hints->ai_socktype,
                               .ai_protocol = hints->ai_protocol};
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) < 0) {
    int err = errno;
    free(r);
    return err;
  }
  r->read_fd = fds[0];
  r->write_fd = fds[1];
  atomic_init(&r->references, 2);
  atomic_init(&r->done, false);
  atomic_init(&r->abandoned, false);
  int err = submit(r);
  if (err) {
    close(r->read_fd);
    close(r->write_fd);
    free(r);
    return err;
  }
  *out = r;
  return 0;
}

int resolver_fd(const ResolveRequest *request) { return request->read_fd; }

bool resolver_done(ResolveRequest *request) {
  struct pollfd p = {request->read_fd, POLLIN, 0};
  return poll(&p, 1, 0) > 0 && atomic_load_explicit(&request->done, memory_order_acquire);
}

int resolver_result(ResolveRequest *request, struct addrinfo **list) {
  *list = request->list;
  request->list = NULL;
  return request->rc;
}

void resolver_abandon(VM *vm, ResolveRequest *request) {
  if (request == NULL) return;
  atomic_store_explicit(&request->abandoned, true, memory_order_release);
  sock_close(vm, request->read_fd); /* a fiber may have waited on it */
  release(request);
}
