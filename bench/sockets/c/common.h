/* Shared by the C socket benchmark programs: plain blocking sockets.
 * An address argument is a TCP port on 127.0.0.1 or,
 * when it contains a '/', the path of a UNIX stream socket. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static inline void die(const char *what) {
  perror(what);
  exit(1);
}

static inline int is_path(const char *addr) { return strchr(addr, '/') != NULL; }

/* The sockaddr of addr, in storage; returns its length. */
static inline socklen_t make_address(const char *addr, struct sockaddr_storage *storage) {
  memset(storage, 0, sizeof *storage);
  if (is_path(addr)) {
    struct sockaddr_un *un = (struct sockaddr_un *)storage;
    un->sun_family = AF_UNIX;
    snprintf(un->sun_path, sizeof un->sun_path, "%s", addr);
    return sizeof *un;
  }
  struct sockaddr_in *in = (struct sockaddr_in *)storage;
  in->sin_family = AF_INET;
  in->sin_port = htons((unsigned short)atoi(addr));
  in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return sizeof *in;
}

/* A bound socket of the given type, listening when it is a stream. */
static inline int open_server(const char *addr, int type) {
  struct sockaddr_storage storage;
  socklen_t length = make_address(addr, &storage);
  int fd = socket(storage.ss_family, type, 0);
  if (fd < 0) die("socket");
  if (is_path(addr)) unlink(addr);
  int one = 1;
  if (!is_path(addr)) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(fd, (struct sockaddr *)&storage, length) < 0) die("bind");
  if (type == SOCK_STREAM && listen(fd, SOMAXCONN) < 0) die("listen");
  signal(SIGPIPE, SIG_IGN); /* a client that goes away is not fatal */
  return fd;
}

static inline int connect_to(const char *addr, int type) {
  struct sockaddr_storage storage;
  socklen_t length = make_address(addr, &storage);
  int fd = socket(storage.ss_family, type, 0);
  if (fd < 0) die("socket");
  if (connect(fd, (struct sockaddr *)&storage, length) < 0) die("connect");
  return fd;
}

static inline void set_nodelay(int fd) {
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* Writes all of buffer; returns 0, or -1 on an error. */
static inline int write_all(int fd, const char *buffer, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, buffer, length);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    buffer += n;
    length -= (size_t)n;
  }
  return 0;
}

/* Reads exactly length bytes; returns length, fewer at the end of the
 * stream, or -1 on an error. */
static inline ssize_t read_exactly(int fd, char *buffer, size_t length) {
  size_t have = 0;
  while (have < length) {
    ssize_t n = read(fd, buffer + have, length - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    have += (size_t)n;
  }
  return (ssize_t)have;
}

static inline double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}
