/* The BIO a TLSSocket's SSL reads and writes through: OpenSSL's socket
 * BIO, except that reads and writes use recv and send with MSG_DONTWAIT,
 * and writes with MSG_NOSIGNAL. The descriptor may be blocking (see the
 * socket module), but a TLS read or write must never wait in the kernel:
 * it waits in sock_wait, where a fiber parks and deadlines hold. OpenSSL
 * writes with write(2), which raises SIGPIPE when the peer has gone; this
 * way a dead peer is an error, never the end of the process, and the
 * process's signal settings are left alone. */
#include <errno.h>
#include <sys/socket.h>

#include "tls.h"

/* A send or recv's result as the BIO reports it: on EAGAIN, asks the
 * caller to retry once the descriptor is ready. */
static int bio_result(BIO *bio, ssize_t n, bool reading) {
  BIO_clear_retry_flags(bio);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
    if (reading) BIO_set_retry_read(bio);
    else BIO_set_retry_write(bio);
  }
  return (int)n;
}

static int nowait_write(BIO *bio, const char *data, int length) {
  int fd = -1;
  BIO_get_fd(bio, &fd);
  ssize_t n;
  do n = send(fd, data, (size_t)length, MSG_NOSIGNAL | MSG_DONTWAIT);
  while (n < 0 && errno == EINTR);
  return bio_result(bio, n, false);
}

static int nowait_read(BIO *bio, char *data, int length) {
  int fd = -1;
  BIO_get_fd(bio, &fd);
  ssize_t n;
  do n = recv(fd, data, (size_t)length, MSG_DONTWAIT);
  while (n < 0 && errno == EINTR);
  if (n == 0) BIO_set_flags(bio, BIO_FLAGS_IN_EOF);
  return bio_result(bio, n, true);
}

static int nowait_puts(BIO *bio, const char *text) {
  return nowait_write(bio, text, (int)strlen(text));
}

/* Made once and kept for the life of the process. */
static BIO_METHOD *nowait_method(void) {
  static BIO_METHOD *method;
  if (method != NULL) return method;
  const BIO_METHOD *socket = BIO_s_socket();
  BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "socket that never waits nor signals");
  if (m == NULL) return NULL;
  BIO_meth_set_write(m, nowait_write);
  BIO_meth_set_puts(m, nowait_puts);
  BIO_meth_set_read(m, nowait_read);
  BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(socket));
  BIO_meth_set_create(m, BIO_meth_get_create(socket));
  BIO_meth_set_destroy(m, BIO_meth_get_destroy(socket));
  method = m;
  return method;
}

BIO *tls_bio_new(int fd) {
  BIO_METHOD *method = nowait_method();
  BIO *bio = method ? BIO_new(method) : NULL;
  if (bio != NULL) BIO_set_fd(bio, fd, BIO_NOCLOSE);
  return bio;
}
