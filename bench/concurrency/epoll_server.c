/* The C baseline for bench/concurrency: one thread, epoll (level
 * triggered), non-blocking sockets, listening on 127.0.0.1:PORT.
 *
 *   epoll_server echo PORT   echoes what it reads until the peer closes
 *   epoll_server http PORT   parses each request (request line and
 *                            headers up to the blank line) and answers
 *                            with a small HTTP/1.1 200 response;
 *                            keep-alive unless HTTP/1.0 or
 *                            "Connection: close"
 *
 * Per connection it keeps a small struct and, for http, the bytes of a
 * request not yet complete. A reply that does not fit in the socket
 * buffer at once is kept and finished when the socket is writable. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#define READ_SIZE 16384

typedef struct {
  int fd;
  char *in;        /* http: bytes of an incomplete request */
  size_t in_length;
  char *out;       /* a reply not yet fully sent */
  size_t out_length, out_sent;
} Conn;

static const char body[] = "Hello, world\n";
static char response[256];
static size_t response_length;
static bool http;
static int epfd;

static void die(const char *what) {
  perror(what);
  exit(2);
}

static void drop(Conn *c) {
  close(c->fd);
  free(c->in);
  free(c->out);
  free(c);
}

/* Sends data, keeping what does not fit; false when the connection failed. */
static bool reply(Conn *c, const char *data, size_t length) {
  if (c->out != NULL) { /* still sending an earlier reply: queue behind it */
    char *more = realloc(c->out, c->out_length + length);
    if (more == NULL) return false;
    memcpy(more + c->out_length, data, length);
    c->out = more;
    c->out_length += length;
    return true;
  }
  size_t sent = 0;
  while (sent < length) {
    ssize_t n = send(c->fd, data + sent, length - sent, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno != EAGAIN) return false;
      c->out_length = length - sent;
      c->out_sent = 0;
      c->out = malloc(c->out_length);
      if (c->out == NULL) return false;
      memcpy(c->out, data + sent, c->out_length);
      struct epoll_event e = {.events = EPOLLIN | EPOLLOUT, .data.ptr = c};
      return epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &e) == 0;
    }
    sent += (size_t)n;
  }
  return true;
}

static bool flush_out(Conn *c) {
  while (c->out_sent < c->out_length) {
    ssize_t n = send(c->fd, c->out + c->out_sent, c->out_length - c->out_sent, MSG_NOSIGNAL);
    if (n < 0) return errno == EAGAIN;
    c->out_sent += (size_t)n;
  }
  free(c->out);
  c->out = NULL;
  c->out_length = c->out_sent = 0;
  struct epoll_event e = {.events = EPOLLIN, .data.ptr = c};
  return epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &e) == 0;
}

/* A parsed request line and headers; the pointers are into the buffer. */
typedef struct {
  const char *method, *path, *version;
  size_t method_length, path_length, version_length;
  struct {
    char name[32];
    const char *value;
    size_t value_length;
  } headers[32];
  int header_count;
} Request;

/* Parses the request line and the header lines in text (each line ends
 * with CRLF); returns whether the connection stays open (HTTP/1.1 and no
 * "Connection: close"). */
static bool parse_request(const char *text, size_t length, Request *r) {
  const char *p = text, *end = text + length;
  const char *eol = memmem(p, (size_t)(end - p), "\r\n", 2);
  const char *sp1 = memchr(p, ' ', (size_t)(eol - p));
  const char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t)(eol - sp1 - 1)) : NULL;
  if (sp2 == NULL) return false;
  r->method = p, r->method_length = (size_t)(sp1 - p);
  r->path = sp1 + 1, r->path_length = (size_t)(sp2 - sp1 - 1);
  r->version = sp2 + 1, r->version_length = (size_t)(eol - sp2 - 1);
  r->header_count = 0;
  bool keep_alive = r->version_length == 8 && memcmp(r->version, "HTTP/1.1", 8) == 0;
  for (p = eol + 2; p < end && r->header_count < 32; p = eol + 2) {
    eol = memmem(p, (size_t)(end - p), "\r\n", 2);
    const char *colon = memchr(p, ':', (size_t)(eol - p));
    if (colon == NULL) continue;
    size_t n = (size_t)(colon - p) < 31 ? (size_t)(colon - p) : 31;
    for (size_t i = 0; i < n; i++) r->headers[r->header_count].name[i] = (char)tolower((unsigned char)p[i]);
    r->headers[r->header_count].name[n] = '\0';
    const char *v = colon + 1;
    while (v < eol && *v == ' ') v++;
    r->headers[r->header_count].value = v;
    r->headers[r->header_count].value_length = (size_t)(eol - v);
    if (strcmp(r->headers[r->header_count].name, "connection") == 0 && eol - v == 5 &&
        strncasecmp(v, "close", 5) == 0)
      keep_alive = false;
    r->header_count++;
  }
  return keep_alive;
}

/* Answers every complete request in data; keeps an incomplete tail. */
static bool serve_http(Conn *c, const char *data, size_t length) {
  const char *buf = data;
  size_t have = length;
  if (c->in != NULL) {
    char *joined = realloc(c->in, c->in_length + length);
    if (joined == NULL) return false;
    memcpy(joined + c->in_length, data, length);
    c->in = joined;
    c->in_length += length;
    buf = c->in;
    have = c->in_length;
  }
  size_t done = 0;
  for (;;) {
    const char *end = memmem(buf + done, have - done, "\r\n\r\n", 4);
    if (end == NULL) break;
    Request r;
    bool keep_alive = parse_request(buf + done, (size_t)(end - buf) + 2 - done, &r);
    done = (size_t)(end - buf) + 4;
    if (!reply(c, response, response_length)) return false;
    if (!keep_alive) return false; /* closes the connection after the reply */
  }
  size_t rest = have - done;
  if (rest == 0) {
    free(c->in);
    c->in = NULL;
    c->in_length = 0;
  } else if (buf != c->in || done > 0) {
    char *kept = malloc(rest);
    if (kept == NULL) return false;
    memcpy(kept, buf + done, rest);
    free(c->in);
    c->in = kept;
    c->in_length = rest;
  }
  return true;
}

static void on_readable(Conn *c) {
  static char buffer[READ_SIZE];
  for (;;) {
    ssize_t n = recv(c->fd, buffer, sizeof buffer, 0);
    if (n == 0) {
      drop(c);
      return;
    }
    if (n < 0) {
      if (errno == EAGAIN) return;
      drop(c);
      return;
    }
    bool ok = http ? serve_http(c, buffer, (size_t)n) : reply(c, buffer, (size_t)n);
    if (!ok) {
      drop(c);
      return;
    }
    if ((size_t)n < sizeof buffer) return; /* drained for now */
  }
}

int main(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "echo") != 0 && strcmp(argv[1], "http") != 0)) {
    fprintf(stderr, "usage: %s echo|http PORT\n", argv[0]);
    return 2;
  }
  http = strcmp(argv[1], "http") == 0;
  response_length = (size_t)snprintf(response, sizeof response,
                                     "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                     "Content-Length: %zu\r\n\r\n%s",
                                     sizeof body - 1, body);
  struct rlimit r;
  if (getrlimit(RLIMIT_NOFILE, &r) == 0) {
    r.rlim_cur = r.rlim_max;
    setrlimit(RLIMIT_NOFILE, &r);
  }
  signal(SIGPIPE, SIG_IGN);
  int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (listener < 0) die("socket");
  int one = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[2])),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  if (bind(listener, (struct sockaddr *)&addr, sizeof addr) < 0) die("bind");
  if (listen(listener, SOMAXCONN) < 0) die("listen");
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) die("epoll_create1");
  struct epoll_event le = {.events = EPOLLIN, .data.ptr = NULL};
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, listener, &le) < 0) die("epoll_ctl");
  struct epoll_event events[256];
  for (;;) {
    int n = epoll_wait(epfd, events, 256, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      die("epoll_wait");
    }
    for (int i = 0; i < n; i++) {
      Conn *c = events[i].data.ptr;
      if (c == NULL) { /* the listener: accept all that wait */
        for (;;) {
          int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
          if (fd < 0) break;
          setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          Conn *nc = calloc(1, sizeof *nc);
          if (nc == NULL) {
            close(fd);
            continue;
          }
          nc->fd = fd;
          struct epoll_event e = {.events = EPOLLIN, .data.ptr = nc};
          if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &e) < 0) drop(nc);
        }
        continue;
      }
      if ((events[i].events & EPOLLOUT) && !flush_out(c)) {
        drop(c);
        continue;
      }
      if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) on_readable(c);
    }
  }
}
