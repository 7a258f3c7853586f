/* Name resolution on a helper thread (see resolver.h). The request is
 * shared by the caller and the thread and counts its two references
 * atomically. They share no descriptor: the thread owns the write end of
 * a pipe and closes it once the result is published (a release store of
 * `done`), which makes the caller's read end readable. So a request seen
 * done holds no descriptor of the thread's, and the caller's count of
 * open descriptors is exact. */
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
#include <unistd.h>

#include "resolver.h"

struct ResolveRequest {
  atomic_int references; /* the caller's and the thread's */
  atomic_bool done;
  int read_fd;           /* the caller's: readable once done */
  int write_fd;          /* the thread's: closed once done */
  char service[32];
  struct addrinfo hints;
  int rc;
  struct addrinfo *list; /* the result until the caller takes it */
  char host[];
};

static void release(ResolveRequest *r) {
  if (atomic_fetch_sub_explicit(&r->references, 1, memory_order_acq_rel) != 1) return;
  if (r->list != NULL) freeaddrinfo(r->list);
  free(r);
}

static void *resolve(void *argument) {
  ResolveRequest *r = argument;
  r->rc = address_getaddrinfo(r->host, r->service, &r->hints, &r->list);
  atomic_store_explicit(&r->done, true, memory_order_release);
  close(r->write_fd);
  release(r);
  return NULL;
}

/* The thread takes no signals: they stay with the interpreter's thread. */
static int spawn(ResolveRequest *r) {
  pthread_attr_t attributes;
  int err = pthread_attr_init(&attributes);
  if (err) return err;
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  pthread_t thread;
  err = pthread_create(&thread, &attributes, resolve, r);
  pthread_sigmask(SIG_SETMASK, &saved, NULL);
  pthread_attr_destroy(&attributes);
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
  int err = spawn(r);
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

void resolver_abandon(ResolveRequest *request) {
  if (request == NULL) return;
  sock_close(request->read_fd); /* a fiber may have waited on it */
  release(request);
}
