/* Load generator for bench/concurrency: one thread, epoll, non-blocking
 * sockets to 127.0.0.1:PORT.
 *
 *   load echo PORT CONCURRENCY SECONDS [WARMUP]
 *     CONCURRENCY connections in flight; each connects, sends 64 bytes,
 *     reads the 64-byte echo and closes, then the slot starts over.
 *     Counts completed exchanges (= connections) per second.
 *   load http PORT CONCURRENCY SECONDS [WARMUP]
 *     CONCURRENCY keep-alive connections; each sends a GET, reads the
 *     response (headers, then Content-Length bytes) and sends the next.
 *     Counts complete responses per second; a connection the server closes
 *     is reopened.
 *   load idle PORT COUNT SECONDS
 *     Opens COUNT connections (at most 512 connecting at once), prints
 *     "connected COUNT" when all are established, then holds them without
 *     sending until stdin reaches end of file or SECONDS pass.
 *
 * echo and http print one line:
 *   mode=echo completed=N seconds=S rate=R errors=E total=T
 * where only the SECONDS after WARMUP (default 1) are counted in N and R,
 * and T counts the warm-up too. A response
 * that is not what was expected counts as an error, and the exit status is
 * 1 when every exchange failed. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { MODE_ECHO, MODE_HTTP, MODE_IDLE };
enum { S_CONNECTING, S_SENDING, S_RECEIVING };

#define ECHO_SIZE 64
#define BUF_SIZE 4096

typedef struct {
  int fd;
  int state;
  size_t sent;      /* bytes of the request sent */
  size_t got;       /* bytes of the response in buf */
  size_t expected;  /* total response size once known (http), else 0 */
  unsigned events;  /* what epoll watches for */
  char buf[BUF_SIZE];
} Conn;

static int mode, port, epfd;
static struct sockaddr_in addr;
static char echo_payload[ECHO_SIZE];
static const char http_request[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: sabre-bench-load\r\n\r\n";
static long completed, errors, counted;
static bool counting;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what) {
  perror(what);
  exit(2);
}

static void watch(Conn *c, int op, unsigned events) {
  if (op == EPOLL_CTL_MOD && c->events == events) return;
  struct epoll_event e = {.events = events, .data.ptr = c};
  if (epoll_ctl(epfd, op, c->fd, &e) < 0) die("epoll_ctl");
  c->events = events;
}

/* Source ports are chosen here, in turn from 1025 to 32767 (below the
 * usual ephemeral range), rather than by the kernel: with a hundred
 * thousand connections in TIME_WAIT the kernel's search for a free
 * ephemeral port costs more than the rest of the exchange. A port that is
 * taken, or whose last connection to the server is still in TIME_WAIT
 * and not yet reusable, is skipped. */
#define FIRST_PORT 1025
#define LAST_PORT 32767
static int next_port = FIRST_PORT;

static int open_fd(void) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) die("socket");
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

/* Starts a new connection in slot c. */
static void open_conn(Conn *c) {
  c->sent = c->got = c->expected = 0;
  for (int tries = 0;; tries++) {
    if (tries == LAST_PORT) die("no source port");
    c->fd = open_fd();
    struct sockaddr_in from = {.sin_family = AF_INET, .sin_port = htons((uint16_t)next_port),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    next_port = next_port == LAST_PORT ? FIRST_PORT : next_port + 1;
    if (bind(c->fd, (struct sockaddr *)&from, sizeof from) < 0) {
      close(c->fd);
      continue;
    }
    if (connect(c->fd, (struct sockaddr *)&addr, sizeof addr) == 0) {
      c->state = S_SENDING;
    } else if (errno == EINPROGRESS) {
      c->state = S_CONNECTING;
    } else if (errno == EADDRNOTAVAIL || errno == EADDRINUSE) {
      close(c->fd);
      continue;
    } else {
      die("connect");
    }
    break;
  }
  watch(c, EPOLL_CTL_ADD, EPOLLOUT);
}

static void close_conn(Conn *c) {
  close(c->fd); /* also leaves the epoll set */
  c->fd = -1;
}

static void restart(Conn *c, bool failed) {
  if (failed) errors++;
  close_conn(c);
  open_conn(c);
}

/* The size of a full HTTP response once its headers are in buf, else 0. */
static size_t http_response_size(Conn *c) {
  char *end = memmem(c->buf, c->got, "\r\n\r\n", 4);
  if (end == NULL) return 0;
  size_t header = (size_t)(end - c->buf) + 4;
  size_t length = 0;
  for (char *p = c->buf; p < end; p++) {
    if ((p == c->buf || p[-1] == '\n') && strncasecmp(p, "content-length:", 15) == 0) {
      length = strtoul(p + 15, NULL, 10);
      break;
    }
  }
  return header + length;
}

static void on_event(Conn *c, unsigned events);

static void exchange_done(Conn *c) {
  completed++;
  if (counting) counted++;
  if (mode == MODE_ECHO) {
    close_conn(c);
    open_conn(c);
  } else { /* the next request at once: the socket is writable */
    c->sent = c->got = c->expected = 0;
    c->state = S_SENDING;
    on_event(c, EPOLLOUT);
  }
}

static void on_event(Conn *c, unsigned events) {
  if (c->state == S_CONNECTING) {
    int err = 0;
    socklen_t len = sizeof err;
    getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
    if (err != 0 || (events & (EPOLLERR | EPOLLHUP))) {
      restart(c, true);
      return;
    }
    c->state = S_SENDING;
  }
  if (c->state == S_SENDING) {
    const char *data = mode == MODE_ECHO ? echo_payload : http_request;
    size_t size = mode == MODE_ECHO ? ECHO_SIZE : sizeof http_request - 1;
    while (c->sent < size) {
      ssize_t n = send(c->fd, data + c->sent, size - c->sent, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EAGAIN) {
          watch(c, EPOLL_CTL_MOD, EPOLLOUT);
          return;
        }
        restart(c, true);
        return;
      }
      c->sent += (size_t)n;
    }
    c->state = S_RECEIVING;
    watch(c, EPOLL_CTL_MOD, EPOLLIN);
    return; /* the reply comes later: wait for EPOLLIN */
  }
  /* S_RECEIVING */
  for (;;) {
    if (c->got == BUF_SIZE) {
      restart(c, true); /* a response too large for this benchmark */
      return;
    }
    ssize_t n = recv(c->fd, c->buf + c->got, BUF_SIZE - c->got, 0);
    if (n < 0) {
      if (errno == EAGAIN) return;
      restart(c, true);
      return;
    }
    if (n == 0) { /* the server closed: an error unless a response is complete */
      restart(c, true);
      return;
    }
    c->got += (size_t)n;
    if (mode == MODE_ECHO) {
      if (c->got < ECHO_SIZE) continue;
      bool same = c->got == ECHO_SIZE && memcmp(c->buf, echo_payload, ECHO_SIZE) == 0;
      if (!same) {
        restart(c, true);
        return;
      }
      exchange_done(c);
      return;
    }
    if (c->expected == 0) c->expected = http_response_size(c);
    if (c->expected == 0 || c->got < c->expected) continue;
    if (c->got > c->expected || memcmp(c->buf, "HTTP/1.1 200", 12) != 0) {
      restart(c, true);
      return;
    }
    exchange_done(c);
    return;
  }
}

static void raise_fd_limit(void) {
  struct rlimit r;
  if (getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
    r.rlim_cur = r.rlim_max;
    setrlimit(RLIMIT_NOFILE, &r);
  }
}

static int run_idle(int count, double seconds) {
  Conn *conns = calloc((size_t)count, sizeof *conns);
  if (conns == NULL) die("calloc");
  int next = 0, pending = 0, established = 0;
  struct epoll_event events[256];
  fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
  double deadline = now() + seconds;
  while (established < count) {
    while (next < count && pending < 512) {
      open_conn(&conns[next++]);
      pending++;
    }
    int n = epoll_wait(epfd, events, 256, 100);
    for (int i = 0; i < n; i++) {
      Conn *c = events[i].data.ptr;
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
      if (err != 0 || (events[i].events & (EPOLLERR | EPOLLHUP))) {
        errors++;
        close_conn(c);
        open_conn(c);
        continue;
      }
      struct epoll_event none = {.events = EPOLLIN, .data.ptr = c};
      epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &none); /* from now on: notice a close */
      c->state = S_RECEIVING;
      pending--;
      established++;
    }
    if (now() > deadline) {
      fprintf(stderr, "load idle: only %d of %d connections after %.0f s\n", established, count,
              seconds);
      return 1;
    }
  }
  printf("connected %d\n", established);
  fflush(stdout);
  /* Hold them until stdin ends or the time is up. */
  while (now() < deadline) {
    char byte;
    ssize_t r = read(0, &byte, 1);
    if (r == 0) break;
    usleep(50000);
  }
  for (int i = 0; i < count; i++)
    if (conns[i].fd >= 0) close(conns[i].fd);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: %s echo|http|idle PORT CONCURRENCY SECONDS [WARMUP]\n", argv[0]);
    return 2;
  }
  mode = strcmp(argv[1], "echo") == 0   ? MODE_ECHO
         : strcmp(argv[1], "http") == 0 ? MODE_HTTP
         : strcmp(argv[1], "idle") == 0 ? MODE_IDLE
                                        : -1;
  port = atoi(argv[2]);
  int concurrency = atoi(argv[3]);
  double seconds = atof(argv[4]);
  double warmup = argc > 5 ? atof(argv[5]) : 1.0;
  if (mode < 0 || port <= 0 || port > 65535 || concurrency <= 0 || seconds <= 0) {
    fprintf(stderr, "%s: bad arguments\n", argv[0]);
    return 2;
  }
  raise_fd_limit();
  for (int i = 0; i < ECHO_SIZE; i++) echo_payload[i] = (char)('a' + i % 26);
  addr.sin_family = AF_INET;
  addr.sin_port = htons((uint16_t)port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) die("epoll_create1");
  if (mode == MODE_IDLE) return run_idle(concurrency, seconds);

  Conn *conns = calloc((size_t)concurrency, sizeof *conns);
  if (conns == NULL) die("calloc");
  for (int i = 0; i < concurrency; i++) open_conn(&conns[i]);
  struct epoll_event events[256];
  double start = now(), count_from = start + warmup, end = count_from + seconds;
  double counted_from = 0;
  for (;;) {
    double t = now();
    if (!counting && t >= count_from) {
      counting = true;
      counted_from = t;
    }
    if (t >= end) break;
    int n = epoll_wait(epfd, events, 256, 10);
    if (n < 0 && errno != EINTR) die("epoll_wait");
    for (int i = 0; i < n; i++) on_event(events[i].data.ptr, events[i].events);
  }
  double elapsed = now() - counted_from;
  printf("mode=%s completed=%ld seconds=%.3f rate=%.0f errors=%ld total=%ld\n", argv[1], counted,
         elapsed, counted / elapsed, errors, completed);
  return completed == 0 ? 1 : 0;
}
