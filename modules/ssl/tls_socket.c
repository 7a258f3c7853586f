/* The TLSSocket's life: the handshake (explicit, or on first use),
 * waiting for what OpenSSL wants in one step function over sock_wait,
 * close (close_notify, then the descriptor; idempotent), shutdown and the
 * finalizer. Moving data is in tls_io.c, the properties and connection
 * details in tls_props.c. */
#include <errno.h>
#include <openssl/err.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

#include "tls.h"

void tls_socket_release(void *payload) {
  TLSSocketObj *t = payload;
  if (t->ssl != NULL) {
    SSL_free(t->ssl);
    sock_close(t->state->vm, t->fd);
  }
  open_record_remove(&t->record);
  t->ssl = NULL;
  t->fd = -1;
  pending_free(&t->pending);
  X509_free(t->rejected);
  t->rejected = NULL;
}

void tls_socket_finalize(void *payload) {
  TLSSocketObj *t = payload;
  open_record_warn_unclosed(&t->record);
  tls_socket_release(t);
}

int64_t tls_deadline(const TLSSocketObj *t, bool sending) {
  if (!t->is_blocking) return SOCK_NO_WAIT;
  return socket_earlier(sock_deadline(sending ? t->send_timeout : t->receive_timeout), t->deadline);
}

/* Waits for the descriptor. With fibers, another fiber may close the
 * socket meanwhile: then the SSL is gone and EBADF ends the operation. */
static int wait_for(VM *vm, TLSSocketObj *t, short events, int64_t deadline) {
  int err = sock_wait(vm, t->fd, events, deadline);
  return err == 0 && t->ssl == NULL ? EBADF : err;
}

int tls_step(VM *vm, TLSSocketObj *t, int rc, int64_t deadline) {
  int saved = errno;
  switch (SSL_get_error(t->ssl, rc)) {
  case SSL_ERROR_WANT_READ: return wait_for(vm, t, POLLIN, deadline);
  case SSL_ERROR_WANT_WRITE: return wait_for(vm, t, POLLOUT, deadline);
  case SSL_ERROR_ZERO_RETURN: return TLS_ECLOSED;
  case SSL_ERROR_SYSCALL:
    t->failed = true;
    return saved != 0 && saved != EAGAIN ? saved : TLS_ETRUNCATED;
  default:
    t->failed = true;
    return ERR_GET_REASON(ERR_peek_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING ? TLS_ETRUNCATED
                                                                                : TLS_EPROTOCOL;
  }
}

int tls_run_handshake(VM *vm, TLSSocketObj *t, int64_t deadline) {
  for (;;) {
    ERR_clear_error();
    errno = 0;
    int rc = SSL_do_handshake(t->ssl);
    if (rc == 1) return 0;
    int code = tls_step(vm, t, rc, deadline);
    if (code != 0) return code;
  }
}

bool tls_handshake(VM *vm, TLSSocketObj *t, int64_t deadline) {
  if (t->ssl == NULL) return tls_refuse(vm, EBADF, "the TLS socket is closed");
  if (t->failed)
    return tls_refuse(vm, ECONNABORTED, "the TLS connection failed earlier: close it");
  if (t->handshake_done) return true;
  int code = tls_run_handshake(vm, t, deadline);
  if (code != 0 && t->callback_raised) { /* the sni function's exception, not the alert */
    t->callback_raised = false;
    ERR_clear_error();
    return false;
  }
  if (code != 0) {
    char where[ADDRESS_MESSAGE_MAX];
    address_endpoint_message(t->family, t->host, t->host_length, t->port, where);
    return tls_raise_code(vm, t, code, "SSL_do_handshake", "handshake with %s", where);
  }
  t->handshake_done = true;
  return true;
}

bool tls_check_ready(VM *vm, TLSSocketObj *t) {
  if (t->ssl != NULL && !t->failed && t->handshake_done) return true;
  return tls_handshake(vm, t, tls_deadline(t, false));
}

/* Sends close_notify, waiting for room to send it until the send
 * deadline; the peer's reply is not awaited. Returns 0 or the failure
 * (EAGAIN when OpenSSL would have to read first). */
static int send_close_notify(VM *vm, TLSSocketObj *t) {
  if (!t->handshake_done || t->failed || t->notify_sent) return 0;
  int64_t deadline = tls_deadline(t, true);
  for (;;) {
    ERR_clear_error();
    errno = 0;
    int rc = SSL_shutdown(t->ssl); /* again after a park: sends what is left of the alert */
    t->notify_sent = rc >= 0;
    if (rc >= 0) return 0;
    bool writing = SSL_get_error(t->ssl, rc) == SSL_ERROR_WANT_WRITE;
    int code = tls_step(vm, t, rc, writing ? deadline : SOCK_NO_WAIT); /* never waits to read */
    if (code != 0) return code;
  }
}

/* close() runs once, so its close_notify waits without parking; a fiber
 * parked on the descriptor wakes to find the socket closed. */
static void tls_close(VM *vm, TLSSocketObj *t) {
  if (t->ssl == NULL) return;
  vm->parking_disabled++;
  send_close_notify(vm, t);
  vm->parking_disabled--;
  ERR_clear_error();
  socket_fd_closing(t->state, t->fd);
  tls_socket_release(t);
}

/* handshake(timeout = receive_timeout) */
static bool tls_method_handshake(VM *vm, int argc, Value *args) {
  TLSSocketObj *t = tls_socket_self(args);
  int64_t deadline = tls_deadline(t, false);
  if (argc > 0 && !IS_NIL(args[0])) {
    if (!check_int_range(vm, args, 0, "timeout", 0, 1e12)) return false;
    deadline = socket_earlier(sock_deadline((int64_t)AS_NUMBER(args[0])), t->deadline);
  }
  if (!tls_handshake(vm, t, deadline)) return false;
  RETURN_BOOL(true);
}

static bool tls_method_close(VM *vm, int argc, Value *args) {
  (void)argc;
  tls_close(vm, tls_socket_self(args));
  RETURN_BOOL(true);
}

/* shutdown(how = SHUT_WR) */
static bool tls_method_shutdown(VM *vm, int argc, Value *args) {
  TLSSocketObj *t = tls_socket_self(args);
  int how = SHUT_WR;
  if (argc > 0) {
    if (!check_int_range(vm, args, 0, "how", SHUT_RD, SHUT_RDWR)) return false;
    how = (int)AS_NUMBER(args[0]);
  }
  if (t->ssl == NULL) return tls_refuse(vm, EBADF, "the TLS socket is closed");
  /* close_notify needs a session: before the handshake there is none, and
   * shutting down at once would end the stream with no TLS end at all. */
  if (how != SHUT_RD && !tls_check_ready(vm, t)) return false;
  int code = how == SHUT_RD ? 0 : send_close_notify(vm, t);
  if (code != 0) return tls_raise_code(vm, t, code, "SSL_shutdown", "send close_notify");
  int err = sock_shutdown(t->fd, how);
  if (err) return socket_raise(vm, err, "shutdown", NULL, "shutdown");
  t->is_shutdown = true;
  t->read_shut = t->read_shut || how != SHUT_WR;
  RETURN_BOOL(true);
}

static bool tls_method_info(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  SockAddr address;
  if (t->ssl == NULL || sock_local_address(t->fd, &address) != 0) RETURN_OBJ(new_dict(vm));
  RETURN_OBJ(socket_address_dict(vm, &address));
}

static bool tls_address(VM *vm, Value *args, bool peer) {
  TLSSocketObj *t = tls_socket_self(args);
  if (t->ssl == NULL) return tls_refuse(vm, EBADF, "the TLS socket is closed");
  return socket_address_of(vm, t->fd, peer, &args[-1]);
}

static bool tls_method_peer_address(VM *vm, int argc, Value *args) {
  (void)argc;
  return tls_address(vm, args, true);
}

static bool tls_method_local_address(VM *vm, int argc, Value *args) {
  (void)argc;
  return tls_address(vm, args, false);
}

static bool tls_method_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  const char *version = t->ssl == NULL ? "closed"
                        : t->handshake_done ? SSL_get_version(t->ssl) : "before handshake";
  char state[64];
  snprintf(state, sizeof state, "%s%s", t->server_side ? "server " : "", version);
  RETURN_OBJ(socket_description(vm, "TLSSocket", t->family, t->host, t->host_length, t->port,
                                state));
}

const SbFunction tls_socket_methods[] = {
    {"handshake", tls_method_handshake, 0, 1,
     "handshake(timeout: number = receive_timeout) -> bool\n"
     "Runs the TLS handshake now, waiting at most timeout milliseconds (0: no limit); "
     "send, receive, read and the connection details run it by themselves when it has "
     "not run yet. Returns true; calling it again does nothing. On a non-blocking "
     "TLSSocket, handshake() without a timeout does not wait: it raises SocketException "
     "with errno EAGAIN, and select() tells when to call it again; an explicit timeout "
     "still waits up to that long.\n"
     "Raises: TLSException with OpenSSL's reason, and for a rejected certificate why, "
     "with the certificate's names, issuer and dates (also in .verify_code, "
     ".verify_message, .expected_host, .certificate_names, .issuer, .not_before and "
     ".not_after); TimeoutError when the time runs out (the handshake can be "
     "resumed by calling handshake() again); ConnectionReset when the peer drops the "
     "connection.\n"
     "Example: tls.handshake(5000)  # -> true"},
    {"close", tls_method_close, 0, 0,
     "close() -> bool\n"
     "Sends close_notify (when the handshake is complete), then closes the descriptor. "
     "Closing a closed TLSSocket does nothing; the collector closes a dropped one without "
     "close_notify.\n"
     "Raises: nothing.\n"
     "Example: tls.close()"},
    {"shutdown", tls_method_shutdown, 0, 1,
     "shutdown(how: number = SHUT_WR) -> bool\n"
     "Ends the writing side: sends close_notify and shuts down writing on the connection, "
     "so the peer sees the end of the stream while this side can still read its reply. "
     "close_notify belongs to a TLS session, so when the handshake has not run yet "
     "shutdown() runs it first, as send() does (waiting up to receive_timeout), and "
     "raises as handshake() when it fails. SHUT_RD only stops reading: later reads give "
     "the end of the stream (''), as on a Socket; SHUT_RDWR does both.\n"
     "Raises: TLSException when the socket is closed, the handshake fails or close_notify "
     "cannot be sent; TimeoutError when the handshake's time runs out.\n"
     "Example: tls.shutdown()"},
    {"info", tls_method_info, 0, 0,
     "info() -> dictionary\n"
     "{address, port, family} of the local address, or {} once closed.\n"
     "Raises: nothing.\n"
     "Example: echo tls.info()['port']"},
    {"peer_address", tls_method_peer_address, 0, 0,
     "peer_address() -> Address\n"
     "The address of the peer (.ip, .port, .family), as Socket.peer_address() gives it.\n"
     "Raises: TLSException when the TLS socket is closed.\n"
     "Example: tls.peer_address().port == port  # -> true"},
    {"local_address", tls_method_local_address, 0, 0,
     "local_address() -> Address\n"
     "The address of this end of the connection.\n"
     "Raises: TLSException when the TLS socket is closed.\n"
     "Example: tls.local_address().ip  # -> '127.0.0.1'"},
    {"@to_string", tls_method_to_string, 0, 0,
     "@to_string() -> string\n"
     "A description such as <TLSSocket 127.0.0.1:443 TLSv1.3>.\n"
     "Raises: nothing.\n"
     "Example: echo tls"},
    {NULL, NULL, 0, 0, NULL},
};
