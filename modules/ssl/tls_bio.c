/* The BIO a TLSSocket's SSL reads and writes through: OpenSSL's socket
 * BIO, except that writes use send(MSG_NOSIGNAL). OpenSSL writes with
 * write(2), which raises SIGPIPE when the peer has gone; this way a dead
 * peer is an error, never the end of the process, and the process's
 * signal settings are left alone (as in the socket module). */
#include <errno.h>
#include <sys/socket.h>

#include "tls.h"

static int nosignal_write(BIO *bio, const char *data, int length) {
  int fd = -1;
  BIO_get_fd(bio, &fd);
  ssize_t n;
  do n = send(fd, data, (size_t)length, MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  BIO_clear_retry_flags(bio);
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) BIO_set_retry_write(bio);
  return (int)n;
}

static int nosignal_puts(BIO *bio, const char *text) {
  return nosignal_write(bio, text, (int)strlen(text));
}

/* Made once and kept for the life of the process. */
static BIO_METHOD *nosignal_method(void) {
  static BIO_METHOD *method;
  if (method != NULL) return method;
  const BIO_METHOD *socket = BIO_s_socket();
  BIO_METHOD *m = BIO_meth_new(BIO_TYPE_SOCKET, "socket without SIGPIPE");
  if (m == NULL) return NULL;
  BIO_meth_set_write(m, nosignal_write);
  BIO_meth_set_puts(m, nosignal_puts);
  BIO_meth_set_read(m, BIO_meth_get_read(socket));
  BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(socket));
  BIO_meth_set_create(m, BIO_meth_get_create(socket));
  BIO_meth_set_destroy(m, BIO_meth_get_destroy(socket));
  method = m;
  return method;
}

BIO *tls_bio_new(int fd) {
  BIO_METHOD *method = nosignal_method();
  BIO *bio = method ? BIO_new(method) : NULL;
  if (bio != NULL) BIO_set_fd(bio, fd, BIO_NOCLOSE);
  return bio;
}
