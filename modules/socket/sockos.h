/* The socket OS layer: system calls and nothing of the VM but a pointer
 * to it, which a call that may wait passes on to the VM's side (below).
 * Every function returns 0 or a positive errno. Descriptors are
 * close-on-exec and blocking, except those that connected where they must
 * not block, and listening ones while accept must not block; each
 * function works on either kind. A call with no deadline, where nothing
 * else could run meanwhile, waits in the kernel like C's (one system
 * call); any other passes MSG_DONTWAIT and waits until its deadline in one
 * place (sock_wait), with EINTR retried on the remaining time. Sends never
 * raise SIGPIPE (MSG_NOSIGNAL on each call). */
#ifndef SABRE_MODULES_SOCKET_SOCKOS_H
#define SABRE_MODULES_SOCKET_SOCKOS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

typedef struct {
  struct sockaddr_storage storage;
  socklen_t length;
} SockAddr;

/* Deadlines are milliseconds on the monotonic clock. */
#define SOCK_NEVER INT64_MAX /* wait as long as it takes */
#define SOCK_NO_WAIT INT64_MIN /* do not wait at all: EAGAIN instead */

/* Every call that may wait, and sock_close, is given the VM it runs in
 * (opaque here), whose scheduler takes part through the functions below,
 * which the socket module defines (socket_module.c): the VM comes with
 * each call, since several may share the process. sock_wait parks the
 * fiber when another could run, else polls until the deadline; it returns
 * 0, an errno or the scheduler's own code, which the functions of this
 * layer pass on. sock_can_block tells whether a call may block the whole
 * process now (no fiber could run). sock_fd_closed is told of every
 * descriptor sock_close closes (the VM forgets what it knew of that
 * number) and must not allocate, as a finalizer may close. sock_fd_drained
 * is told when a read of a TCP stream found its receive queue empty, and
 * sock_fd_known_empty asked before such a read whether that still holds
 * (the scheduler learns from epoll when bytes arrive): the read then
 * waits at once instead of making a recv that would fail. */
typedef struct VM VM;
/* Waits until fd is ready for events (POLLIN, POLLOUT; fd -1: only the
 * deadline): ETIMEDOUT once the deadline passes, EAGAIN at once for
 * SOCK_NO_WAIT. */
int sock_wait(VM *vm, int fd, short events, int64_t deadline);
bool sock_can_block(VM *vm);
void sock_fd_closed(VM *vm, int fd);
void sock_fd_drained(VM *vm, int fd);
bool sock_fd_known_empty(VM *vm, int fd);

int64_t sock_now_ms(void);
/* now + timeout_ms, or SOCK_NEVER when timeout_ms is 0 (no timeout). */
int64_t sock_deadline(int64_t timeout_ms);

int sock_open(int family, int type, int protocol, int *fd);
int sock_pair(int family, int type, int fds[2]);
/* Every descriptor a wait may have watched is closed here. */
void sock_close(VM *vm, int fd);

/* A connect that must not block leaves the descriptor non-blocking and
 * says so in *non_blocking (as sock_accept keeps it). */
int sock_connect(VM *vm, int fd, const SockAddr *to, int64_t deadline, bool *non_blocking);
/* Starts a connect on fd, made non-blocking, without waiting: 0 when it
 * connected at once, EINPROGRESS while it goes on, or the errno that
 * ended it; sock_connect_outcome then tells how it ended once fd is
 * writable. */
int sock_connect_start(int fd, const SockAddr *to);
int sock_connect_outcome(int fd);
int sock_set_non_blocking(int fd, bool on);
/* Whether fd stays open in a program started with exec (no FD_CLOEXEC;
 * every socket is made with it). */
bool sock_is_inheritable(int fd);
int sock_set_inheritable(int fd, bool on);
/* Completes a connect that was waiting: waits for it, then its outcome. */
int sock_connect_finish(VM *vm, int fd, int64_t deadline);
int sock_bind(int fd, const SockAddr *at);
/* Removes a UNIX socket file left by a process that is gone: only when
 * the path is a socket and connecting to it is refused. 0 when removed,
 * EADDRINUSE when something still listens, another errno otherwise. */
int sock_reclaim_unix(const SockAddr *at);
int sock_listen(int fd, int backlog);
/* Accepts a connection into *client, a blocking descriptor. The listening
 * descriptor is switched to blocking when the call may wait in the kernel
 * and to non-blocking when it must not; *non_blocking is its mode as last
 * set, so that a switch costs a system call only when the mode changes. */
int sock_accept(VM *vm, int fd, int64_t deadline, bool *non_blocking, int *client, SockAddr *peer);
int sock_shutdown(int fd, int how);

/* Sends all of data (looping over partial writes); *sent counts what went
 * out even when an error ends the loop. */
int sock_send_all(VM *vm, int fd, const char *data, size_t length, int flags, int64_t deadline,
                  size_t *sent);
/* Opens path for reading, close-on-exec, into *file. */
int sock_open_file(const char *path, int *file);
/* The size of the regular file open on file: EISDIR for a directory,
 * EINVAL for anything else that is not a regular file, EBADF when it is
 * open for writing only. */
int sock_file_size(int file, int64_t *size);
/* One pread of at most capacity bytes at offset; *got 0 at the end. */
int sock_read_file(int file, char *buffer, size_t capacity, int64_t offset, size_t *got);
/* Sends count bytes of the file open on file from offset with
 * sendfile(2), looping over partial sends, until all are sent or the file
 * ends; *sent counts what went out even when an error ends the loop. The
 * file's own position is neither used nor moved. sendfile has no
 * MSG_DONTWAIT, so fd is switched to non-blocking when the call must not
 * wait in the kernel (and back when it may), as for sock_accept. */
int sock_send_file(VM *vm, int fd, int file, int64_t offset, int64_t count, int64_t deadline,
                   bool *non_blocking, size_t *sent);
/* Waits for data, then one recv of at most capacity bytes; *received 0
 * means the peer ended the stream. tcp: fd is a TCP socket, where a
 * short read means nothing more is there (see sock_fd_drained); not so on a
 * UNIX stream, whose reads also stop where passed descriptors or
 * credentials change. */
int sock_recv(VM *vm, int fd, bool tcp, char *buffer, size_t capacity, int flags, int64_t deadline,
              size_t *received);
int sock_send_to(VM *vm, int fd, const char *data, size_t length, int flags, const SockAddr *to,
                 int64_t deadline, size_t *sent);
int sock_recv_from(VM *vm, int fd, char *buffer, size_t capacity, int flags, int64_t deadline,
                   size_t *received, SockAddr *from);
/* Passes a descriptor over an AF_UNIX socket (SCM_RIGHTS), with one byte. */
int sock_send_fd(VM *vm, int fd, int passed, int64_t deadline);
/* *received is -1 when the peer closed the link; EPROTO when it sent
 * data without a descriptor (left unread); EMSGSIZE, with every
 * descriptor that came closed, when it sent more than one in the message. */
int sock_recv_fd(VM *vm, int fd, int64_t deadline, int *received);

int sock_local_address(int fd, SockAddr *out);
int sock_peer_address(int fd, SockAddr *out);
int sock_set_option(int fd, int level, int option, const void *value, socklen_t length);
int sock_get_option(int fd, int level, int option, void *value, socklen_t *length);

#endif
