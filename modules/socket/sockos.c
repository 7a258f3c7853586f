/* The socket OS layer (see sockos.h). accept4, MSG_CMSG_CLOEXEC and
 * sendfile are Linux extensions. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "interrupt.h"
#include "sockos.h"

/* Whether a call may wait inside the kernel: it has no deadline, and
 * nothing else could run meanwhile. Otherwise it must not wait there, and
 * passes MSG_DONTWAIT or runs on a non-blocking descriptor. */
static bool may_block(VM *vm, int64_t deadline) {
  return deadline == SOCK_NEVER && sock_can_block(vm);
}

static int wait_flag(VM *vm, int64_t deadline) { return may_block(vm, deadline) ? 0 : MSG_DONTWAIT; }

/* MSG_DONTWAIT given by the caller: this one call must not wait, not even
 * in sock_wait after the kernel's EAGAIN. */
static int64_t call_deadline(int flags, int64_t deadline) {
  return flags & MSG_DONTWAIT ? SOCK_NO_WAIT : deadline;
}

int sock_set_non_blocking(int fd, bool on) {
  int value = on;
  return ioctl(fd, FIONBIO, &value) < 0 ? errno : 0;
}

bool sock_is_inheritable(int fd) {
  int flags = fcntl(fd, F_GETFD);
  return flags >= 0 && !(flags & FD_CLOEXEC);
}

int sock_set_inheritable(int fd, bool on) {
  return ioctl(fd, on ? FIONCLEX : FIOCLEX) < 0 ? errno : 0;
}

/* Sets fd's mode for a call that may (or must not) wait in the kernel,
 * when it differs from the mode last set. */
static int set_wait_mode(VM *vm, int fd, int64_t deadline, bool *non_blocking) {
  bool must_not_block = !may_block(vm, deadline);
  if (must_not_block == *non_blocking) return 0;
  int err = sock_set_non_blocking(fd, must_not_block);
  if (err == 0) *non_blocking = must_not_block;
  return err;
}

int64_t sock_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t sock_deadline(int64_t timeout_ms) {
  return timeout_ms <= 0 ? SOCK_NEVER : sock_now_ms() + timeout_ms;
}

int sock_open(int family, int type, int protocol, int *fd) {
  *fd = socket(family, type | SOCK_CLOEXEC, protocol);
  return *fd < 0 ? errno : 0;
}

int sock_pair(int family, int type, int fds[2]) {
  return socketpair(family, type | SOCK_CLOEXEC, 0, fds) < 0 ? errno : 0;
}

/* close(2) releases the descriptor even when it reports EINTR, so it is
 * never retried. */
void sock_close(VM *vm, int fd) {
  sock_fd_closed(vm, fd);
  close(fd);
}

/* After a call failed: 0 to try it again (it was interrupted, or the
 * descriptor has become ready), else the error to return. Reads errno, so
 * it must come right after the failed call. */
static int retry_after_wait(VM *vm, int fd, short events, int64_t deadline) {
  if (errno == EINTR) return vm_interrupt_requested ? EINTR : 0;
  if (errno != EAGAIN && errno != EWOULDBLOCK) return errno;
  return sock_wait(vm, fd, events, deadline);
}

/* Where nothing else could run, connect blocks, bounded by SO_SNDTIMEO
 * (which Linux applies to connect): one system call on loopback. When
 * that time passes it returns EINPROGRESS (TCP) or EAGAIN (UNIX), and
 * EINTR when a signal comes; an unfinished connect is then waited for
 * like a non-blocking one's. SO_SNDTIMEO stays set: a blocking send that
 * outlasts it returns EAGAIN and goes on waiting in sock_wait. */
/* How long the kernel itself keeps trying a TCP connect before it gives
 * up: its SYN retransmissions (net.ipv4.tcp_syn_retries), the first after
 * 1 s and each later one after twice the wait before; a setting of the
 * system, read once for the process. */
static int64_t kernel_connect_limit_ms(void) {
  static int64_t limit = -1;
  if (limit >= 0) return limit;
  int retries = 6, fd = open("/proc/sys/net/ipv4/tcp_syn_retries", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    char text[16] = "";
    if (read(fd, text, sizeof text - 1) > 0 && text[0] >= '0' && text[0] <= '9') retries = atoi(text);
    close(fd);
  }
  limit = retries > 30 ? SOCK_NEVER : ((INT64_C(1) << (retries + 1)) - 1) * 1000;
  return limit;
}

int sock_connect(VM *vm, int fd, const SockAddr *to, int64_t deadline, bool *non_blocking) {
  bool blocking = deadline != SOCK_NO_WAIT && sock_can_block(vm);
  bool tcp = to->storage.ss_family == AF_INET || to->storage.ss_family == AF_INET6;
  if (!blocking) {
    int err = *non_blocking ? 0 : sock_set_non_blocking(fd, true);
    if (err) return err;
    *non_blocking = true;
  } else if (deadline != SOCK_NEVER) {
    int64_t left = deadline - sock_now_ms();
    if (left <= 0) return ETIMEDOUT;
    /* A deadline the kernel's own limit comes before needs no timer (a
     * UNIX connect to a full queue, though, would wait for ever). */
    if (!tcp || left < kernel_connect_limit_ms()) {
      struct timeval limit = {(time_t)(left / 1000), (suseconds_t)(left % 1000) * 1000};
      if (setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit) < 0) return errno;
    }
  }
  if (connect(fd, (const struct sockaddr *)&to->storage, to->length) == 0) return 0;
  if (blocking && errno == EAGAIN) return ETIMEDOUT;
  if (errno != EINPROGRESS && errno != EINTR) return errno;
  return sock_connect_finish(vm, fd, deadline);
}

int sock_connect_start(int fd, const SockAddr *to) {
  int err = sock_set_non_blocking(fd, true);
  if (err) return err;
  if (connect(fd, (const struct sockaddr *)&to->storage, to->length) == 0) return 0;
  /* An interrupted connect goes on in the background, as one in progress. */
  return errno == EINTR || errno == EAGAIN ? EINPROGRESS : errno;
}

int sock_connect_outcome(int fd) {
  int err;
  socklen_t length = sizeof err;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &length) < 0) return errno;
  return err;
}

int sock_connect_finish(VM *vm, int fd, int64_t deadline) {
  int err = sock_wait(vm, fd, POLLOUT, deadline);
  return err ? err : sock_connect_outcome(fd);
}

int sock_bind(int fd, const SockAddr *at) {
  return bind(fd, (const struct sockaddr *)&at->storage, at->length) < 0 ? errno : 0;
}

int sock_reclaim_unix(const SockAddr *at) {
  const struct sockaddr_un *un = (const struct sockaddr_un *)&at->storage;
  struct stat st;
  if (un->sun_path[0] == '\0') return EADDRINUSE; /* an abstract name has no file */
  if (lstat(un->sun_path, &st) < 0) return errno;
  if (!S_ISSOCK(st.st_mode)) return EADDRINUSE;
  int probe = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (probe < 0) return errno;
  int rc = connect(probe, (const struct sockaddr *)&at->storage, at->length);
  int err = rc < 0 ? errno : 0;
  close(probe);
  if (err != ECONNREFUSED) return EADDRINUSE;
  return unlink(un->sun_path) < 0 ? errno : 0;
}

int sock_listen(int fd, int backlog) { return listen(fd, backlog) < 0 ? errno : 0; }

int sock_accept(VM *vm, int fd, int64_t deadline, bool *non_blocking, int *client,
                SockAddr *peer) {
  int err = set_wait_mode(vm, fd, deadline, non_blocking);
  if (err) return err;
  for (;;) {
    peer->length = sizeof peer->storage;
    *client = accept4(fd, (struct sockaddr *)&peer->storage, &peer->length, SOCK_CLOEXEC);
    if (*client >= 0) return 0;
    if (errno == ECONNABORTED) continue;
    err = retry_after_wait(vm, fd, POLLIN, deadline);
    if (err) return err;
  }
}

int sock_shutdown(int fd, int how) { return shutdown(fd, how) < 0 ? errno : 0; }

int sock_send_all(VM *vm, int fd, const char *data, size_t length, int flags, int64_t deadline,
                  size_t *sent) {
  *sent = 0;
  deadline = call_deadline(flags, deadline);
  while (*sent < length) {
    ssize_t n = send(fd, data + *sent, length - *sent, flags | MSG_NOSIGNAL | wait_flag(vm, deadline));
    if (n >= 0) {
      *sent += (size_t)n;
      continue;
    }
    int err = retry_after_wait(vm, fd, POLLOUT, deadline);
    if (err) return err;
  }
  return 0;
}

int sock_open_file(const char *path, int *file) {
  do *file = open(path, O_RDONLY | O_CLOEXEC);
  while (*file < 0 && errno == EINTR);
  return *file < 0 ? errno : 0;
}

int sock_file_size(int file, int64_t *size) {
  struct stat st;
  int flags = fcntl(file, F_GETFL);
  if (flags < 0 || fstat(file, &st) < 0) return errno;
  if (S_ISDIR(st.st_mode)) return EISDIR;
  if (!S_ISREG(st.st_mode)) return EINVAL;
  if ((flags & O_ACCMODE) == O_WRONLY) return EBADF;
  *size = (int64_t)st.st_size;
  return 0;
}

int sock_read_file(int file, char *buffer, size_t capacity, int64_t offset, size_t *got) {
  for (;;) {
    ssize_t n = pread(file, buffer, capacity, (off_t)offset);
    if (n >= 0) {
      *got = (size_t)n;
      return 0;
    }
    if (errno != EINTR) return errno;
  }
}

/* sendfile(2) has no MSG_NOSIGNAL: SIGPIPE is blocked around the call and
 * the one it raised taken off the pending set, so that, as for send, a
 * closed peer is an EPIPE and the process's signal settings stay alone. */
static ssize_t send_file_no_signal(int fd, int file, off_t *at, size_t count) {
  sigset_t sigpipe, old, pending;
  sigemptyset(&sigpipe);
  sigaddset(&sigpipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &sigpipe, &old);
  /* Only a SIGPIPE the process itself blocks can be pending already. */
  bool was_pending = sigismember(&old, SIGPIPE) && sigpending(&pending) == 0 &&
                     sigismember(&pending, SIGPIPE);
  ssize_t n = sendfile(fd, file, at, count);
  int err = errno;
  if (n < 0 && err == EPIPE && !was_pending) {
    struct timespec none = {0, 0};
    sigtimedwait(&sigpipe, NULL, &none);
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  errno = err;
  return n;
}

int sock_send_file(VM *vm, int fd, int file, int64_t offset, int64_t count, int64_t deadline,
                   bool *non_blocking, size_t *sent) {
  *sent = 0;
  int err = set_wait_mode(vm, fd, deadline, non_blocking);
  if (err) return err;
  while ((int64_t)*sent < count) {
    off_t at = (off_t)(offset + (int64_t)*sent);
    ssize_t n = send_file_no_signal(fd, file, &at, (size_t)(count - (int64_t)*sent));
    if (n > 0) {
      *sent += (size_t)n;
      continue;
    }
    if (n == 0) return 0; /* the file ended (it shrank since its size was read) */
    err = retry_after_wait(vm, fd, POLLOUT, deadline);
    if (err) return err;
  }
  return 0;
}

/* A TCP socket known to be empty is waited for before its recv. A short
 * read (not a peek, not the end of the stream) or EAGAIN shows it empty.
 * A read that must not wait still tries: bytes may have come since, and
 * epoll has not been asked. */
int sock_recv(VM *vm, int fd, bool tcp, char *buffer, size_t capacity, int flags,
              int64_t deadline, size_t *received) {
  deadline = call_deadline(flags, deadline);
  bool memo = tcp && !(flags & (MSG_PEEK | MSG_OOB));
  if (memo && deadline != SOCK_NO_WAIT && sock_fd_known_empty(vm, fd)) {
    int err = sock_wait(vm, fd, POLLIN, deadline);
    if (err) return err;
  }
  for (;;) {
    ssize_t n = recv(fd, buffer, capacity, flags | wait_flag(vm, deadline));
    if (n >= 0) {
      if (memo && n > 0 && (size_t)n < capacity) sock_fd_drained(vm, fd);
      *received = (size_t)n;
      return 0;
    }
    if (memo && (errno == EAGAIN || errno == EWOULDBLOCK)) sock_fd_drained(vm, fd);
    int err = retry_after_wait(vm, fd, POLLIN, deadline);
    if (err) return err;
  }
}

int sock_send_to(VM *vm, int fd, const char *data, size_t length, int flags, const SockAddr *to,
                 int64_t deadline, size_t *sent) {
  deadline = call_deadline(flags, deadline);
  for (;;) {
    ssize_t n = sendto(fd, data, length, flags | MSG_NOSIGNAL | wait_flag(vm, deadline),
                       (const struct sockaddr *)&to->storage, to->length);
    if (n >= 0) {
      *sent = (size_t)n;
      return 0;
    }
    int err = retry_after_wait(vm, fd, POLLOUT, deadline);
    if (err) return err;
  }
}

int sock_recv_from(VM *vm, int fd, char *buffer, size_t capacity, int flags, int64_t deadline,
                   size_t *received, SockAddr *from) {
  deadline = call_deadline(flags, deadline);
  for (;;) {
    from->length = sizeof from->storage;
    ssize_t n = recvfrom(fd, buffer, capacity, flags | wait_flag(vm, deadline),
                         (struct sockaddr *)&from->storage, &from->length);
    if (n >= 0) {
      *received = (size_t)n;
      return 0;
    }
    int err = retry_after_wait(vm, fd, POLLIN, deadline);
    if (err) return err;
  }
}

int sock_send_fd(VM *vm, int fd, int passed, int64_t deadline) {
  char byte = 'F';
  struct iovec iov = {&byte, 1};
  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(int))];
  } control;
  memset(&control, 0, sizeof control);
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.space,
                       .msg_controllen = sizeof control.space};
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &passed, sizeof(int));
  for (;;) {
    if (sendmsg(fd, &msg, MSG_NOSIGNAL | wait_flag(vm, deadline)) >= 0) return 0;
    int err = retry_after_wait(vm, fd, POLLOUT, deadline);
    if (err) return err;
  }
}

/* Room for several descriptors, so that a peer that sends more than one in
 * a message (Python's send_fds, say) has them all arrive to be closed. */
enum { FDS_ROOM = 16 };

/* recvmsg, waiting until deadline for something to come: 0 with *n set,
 * or the error. */
static int receive_message(VM *vm, int fd, struct msghdr *msg, int flags, int64_t deadline,
                           ssize_t *n) {
  for (;;) {
    *n = recvmsg(fd, msg, flags | wait_flag(vm, deadline));
    if (*n >= 0) return 0;
    int err = retry_after_wait(vm, fd, POLLIN, deadline);
    if (err) return err;
  }
}

/* Peeks at the next message on fd, which stays to be read: 0 with *plain
 * true when it holds data and no descriptor, or the error. The peek has
 * no room for a descriptor, since Linux installs those a peek makes room
 * for, so MSG_CTRUNC says one came. It does have room for the credentials
 * that come with every message when fd passes them (SO_PASSCRED): without
 * it they too would set MSG_CTRUNC, and plain data would pass for a
 * descriptor and be read. */
static int peek_plain_data(VM *vm, int fd, int64_t deadline, bool *plain) {
  int passes_credentials = 0;
  socklen_t size = sizeof passes_credentials;
  if (getsockopt(fd, SOL_SOCKET, SO_PASSCRED, &passes_credentials, &size) < 0) return errno;
  char byte;
  struct iovec iov = {&byte, 1};
  union {
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(struct ucred))];
  } credentials;
  struct msghdr peek = {.msg_iov = &iov, .msg_iovlen = 1};
  if (passes_credentials) {
    peek.msg_control = credentials.space;
    peek.msg_controllen = sizeof credentials.space;
  }
  ssize_t n;
  int err = receive_message(vm, fd, &peek, MSG_PEEK, deadline, &n);
  *plain = err == 0 && n > 0 && !(peek.msg_flags & MSG_CTRUNC);
  return err;
}

int sock_recv_fd(VM *vm, int fd, int64_t deadline, int *received) {
  char byte;
  struct iovec iov = {&byte, 1};
  union { /* credentials (SO_PASSCRED) come before the descriptors */
    struct cmsghdr header;
    char space[CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(FDS_ROOM * sizeof(int))];
  } control;
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.space,
                       .msg_controllen = sizeof control.space};
  *received = -1;
  bool plain;
  int err = peek_plain_data(vm, fd, deadline, &plain);
  if (err) return err;
  if (plain) return EPROTO; /* data sent without a descriptor stays for the next read */
  ssize_t n;
  err = receive_message(vm, fd, &msg, MSG_CMSG_CLOEXEC, deadline, &n);
  if (err) return err;
  int count = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t fds = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < fds; i++, count++) {
      int passed;
      memcpy(&passed, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
      if (count > 0) close(passed);
      else *received = passed;
    }
  }
  if (count > 1 || (count == 1 && (msg.msg_flags & MSG_CTRUNC))) {
    close(*received); /* more than one descriptor came: none is kept */
    *received = -1;
    return EMSGSIZE;
  }
  if (msg.msg_flags & MSG_CTRUNC) return EMFILE; /* no descriptor free: the kernel dropped it */
  if (*received >= 0) fcntl(*received, F_SETFL, fcntl(*received, F_GETFL) | O_NONBLOCK);
  return n > 0 && *received < 0 ? EPROTO : 0; /* data came, but no descriptor with it */
}

int sock_local_address(int fd, SockAddr *out) {
  out->length = sizeof out->storage;
  return getsockname(fd, (struct sockaddr *)&out->storage, &out->length) < 0 ? errno : 0;
}

int sock_peer_address(int fd, SockAddr *out) {
  out->length = sizeof out->storage;
  return getpeername(fd, (struct sockaddr *)&out->storage, &out->length) < 0 ? errno : 0;
}

int sock_set_option(int fd, int level, int option, const void *value, socklen_t length) {
  return setsockopt(fd, level, option, value, length) < 0 ? errno : 0;
}

int sock_get_option(int fd, int level, int option, void *value, socklen_t *length) {
  return getsockopt(fd, level, option, value, length) < 0 ? errno : 0;
}
