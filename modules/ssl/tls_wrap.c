/* TLSContext.wrap(): checking the Socket and the side, making the SSL
 * over the Socket's connection (which the TLSSocket takes over: the
 * Socket is closed afterwards), and, for clients, SNI and the host
 * name or IP address the certificate must match. A verifying client with
 * no name to check refuses to connect rather than trust any certificate. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/x509v3.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "../socket/idna.h"
#include "tls.h"

static bool check_socket(VM *vm, const SocketObj *s) {
  if (!s->open) return tls_refuse(vm, EBADF, "the socket is closed");
  if (s->type != SOCK_STREAM)
    return tls_refuse(vm, EINVAL, "TLS needs a stream socket (SOCK_STREAM)");
  if (!s->is_connected)
    return tls_refuse(vm, ENOTCONN, "the socket is not connected: connect it first, or use "
                                    "ssl.connect()");
  if (s->pending.length > 0)
    return tls_refuse(vm, EINVAL, "the socket holds %zu bytes received before the handshake",
                      s->pending.length);
  return true;
}

/* The side asked for must be the context's, and only clients name a server. */
static bool check_side(VM *vm, const TLSContextObj *c, const char *hostname, bool server_side) {
  if (server_side != (c->mode == TLS_MODE_SERVER))
    return vm_raise(vm, EXC_VALUE, "%s(): a %s context makes only %s-side connections: use "
                    "TLSContext(ssl.%s)", native_current_name(vm),
                    server_side ? "CLIENT" : "SERVER", server_side ? "client" : "server",
                    server_side ? "SERVER" : "CLIENT");
  if (server_side && hostname != NULL)
    return vm_raise(vm, EXC_VALUE, "%s(): server_hostname is for the client side",
                    native_current_name(vm));
  /* Without a certificate the handshake could only fail, as "no shared
   * cipher"; an sni function may still pick a context that has one. */
  if (server_side && SSL_CTX_get0_certificate(c->ctx) == NULL && !IS_OBJ(c->sni))
    return tls_refuse(vm, EINVAL, "the SERVER context has no certificate: call "
                                  "load_cert_chain() before serving");
  bool verify = SSL_CTX_get_verify_mode(c->ctx) != SSL_VERIFY_NONE;
  if (!server_side && verify && hostname == NULL)
    return tls_refuse(vm, EINVAL, "refusing to connect without a host name to check the "
                                  "certificate against: pass server_hostname (ctx.wrap(sock, "
                                  "'example.com')), or set ctx.verify = false to skip "
                                  "verification");
  return true;
}

/* Whether name (in A-labels) is a DNS name: dot-separated labels of 1 to
 * 63 letters, digits, hyphens or underscores. */
static bool dns_name(const char *name) {
  size_t label = 0;
  for (const char *p = name;; p++) {
    if (*p == '.' || *p == '\0') {
      if (label == 0 || label > 63) return false;
      if (*p == '\0') return true;
      label = 0;
    } else if (isalnum((unsigned char)*p) || *p == '-' || *p == '_') {
      label++;
    } else {
      return false;
    }
  }
}

/* SNI (never for an IP address) and the name the certificate must match,
 * both in A-labels for an internationalized name, without the trailing
 * dot of a fully qualified name (SNI never has one, nor do certificates). */
static bool set_hostname(VM *vm, SSL *ssl, const char *given) {
  char name[256];
  snprintf(name, sizeof name, "%s", given);
  size_t length = strlen(name);
  if (length > 1 && name[length - 1] == '.') name[length - 1] = '\0';
  unsigned char address[16];
  bool ip = inet_pton(AF_INET, name, address) == 1 || inet_pton(AF_INET6, name, address) == 1;
  char *ascii = NULL;
  if (!ip && (idna_to_ascii(name, &ascii) != 0 || !dns_name(ascii ? ascii : name))) {
    free(ascii);
    return vm_raise(vm, EXC_VALUE, "%s(): server_hostname '%s' is neither an IP address (with "
                    "no brackets) nor a valid domain name", native_current_name(vm), given);
  }
  const char *sent = ascii ? ascii : name;
  SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
  bool ok = ip ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name) == 1
               : SSL_set_tlsext_host_name(ssl, sent) == 1 && SSL_set1_host(ssl, sent) == 1;
  free(ascii);
  return ok || tls_raise(vm, "use server_hostname '%s'", name);
}

/* A verifying client context trusts the system store unless it was given
 * CAs; the store is loaded once, at the first wrap that needs it. */
static bool ensure_trust(VM *vm, TLSContextObj *c) {
  bool verify = SSL_CTX_get_verify_mode(c->ctx) != SSL_VERIFY_NONE;
  if (c->mode == TLS_MODE_SERVER || c->ca_loaded || !verify) return true;
  if (!SSL_CTX_set_default_verify_paths(c->ctx)) return tls_raise(vm, "load the system trust store");
  c->ca_loaded = true;
  return true;
}

static SSL *new_ssl(VM *vm, TLSContextObj *c, TLSSocketObj *t, int fd, const char *hostname) {
  SSL *ssl = SSL_new(c->ctx);
  BIO *bio = ssl ? tls_bio_new(fd) : NULL;
  if (bio == NULL) {
    SSL_free(ssl);
    tls_raise(vm, "set up TLS");
    return NULL;
  }
  SSL_set_bio(ssl, bio, bio);
  SSL_set_app_data(ssl, t);
  SSL_set_verify(ssl, SSL_get_verify_mode(ssl), tls_verify_callback);
  if (hostname != NULL && !set_hostname(vm, ssl, hostname)) {
    SSL_free(ssl);
    return NULL;
  }
  return ssl;
}

/* A descriptor of the TLSSocket's own for the Socket's connection. */
static int duplicate(VM *vm, int fd, int *copy) {
  *copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (*copy < 0 && socket_reclaim_descriptors(vm, errno)) *copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  return *copy < 0 ? errno : 0;
}

int tls_endpoint_text(const TLSSocketObj *t, char out[ADDRESS_TEXT_MAX + 16]) {
  return address_endpoint_text(t->family, t->host, t->host_length, t->port, out);
}

static int record_endpoint_text(const OpenRecord *record, char out[ADDRESS_TEXT_MAX + 16]) {
  return tls_endpoint_text(
      (const TLSSocketObj *)((const char *)record - offsetof(TLSSocketObj, record)), out);
}

/* The TLSSocket takes the Socket's state and connection (on its own
 * descriptor); the Socket is then closed as Socket.close() would. */
static void take_over(VM *vm, TLSSocketObj *t, SocketObj *s, int fd) {
  t->fd = fd;
  t->family = s->family;
  t->port = s->port;
  t->is_blocking = s->is_blocking;
  t->send_timeout = s->send_timeout;
  t->receive_timeout = s->receive_timeout;
  t->deadline = s->deadline;
  memcpy(t->host, s->host, (size_t)s->host_length); /* an abstract name keeps its NUL */
  t->host[s->host_length] = '\0';
  t->host_length = s->host_length;
  t->state = s->state;
  open_record_add(vm, &t->state->open_sockets, &t->record, "TLSSocket", fd, t->family,
                  record_endpoint_text);
  socket_fd_closing(s->state, s->fd);
  socket_release(s);
}

bool tls_wrap_socket(VM *vm, Value context, SocketObj *s, const char *hostname,
                     bool server_side, Value *out) {
  TLSContextObj *c = sb_payload(context);
  int fd;
  if (!check_socket(vm, s) || !check_side(vm, c, hostname, server_side) || !ensure_trust(vm, c))
    return false;
  int err = duplicate(vm, s->fd, &fd);
  if (err) return socket_raise(vm, err, "dup", NULL, "take over the socket");
  ObjForeign *object = new_foreign(vm, tls_class(vm, "TLSSocket"));
  TLSSocketObj *t = (TLSSocketObj *)object->payload;
  vm_push(vm, OBJ_VAL(object));
  SSL *ssl = new_ssl(vm, c, t, fd, hostname);
  vm_pop(vm);
  if (ssl == NULL) {
    sock_close(vm, fd);
    return false;
  }
  if (server_side) SSL_set_accept_state(ssl);
  else SSL_set_connect_state(ssl);
  snprintf(t->hostname, sizeof t->hostname, "%s", hostname ? hostname : "");
  t->server_side = server_side;
  t->context = context;
  take_over(vm, t, s, fd);
  t->ssl = ssl;
  if (!server_side) tls_session_offer(t);
  *out = OBJ_VAL(object);
  return true;
}

bool tls_check_hostname(VM *vm, const ObjString *name, const char *what) {
  if (name->length > 0 && name->length <= 253 && strlen(name->chars) == (size_t)name->length)
    return true;
  return vm_raise(vm, EXC_VALUE, "%s(): %s must be a host name or IP address of 1 to 253 bytes "
                  "without NUL bytes", native_current_name(vm), what);
}

/* The server_hostname argument: nil (NULL) or a host name. */
static bool hostname_arg(VM *vm, int argc, Value *args, const char **hostname) {
  *hostname = NULL;
  if (argc < 2 || IS_NIL(args[1])) return true;
  if (!check_string(vm, args, 1, "server_hostname") ||
      !tls_check_hostname(vm, AS_STRING(args[1]), "server_hostname"))
    return false;
  *hostname = AS_CSTRING(args[1]);
  return true;
}

/* wrap(sock, server_hostname = nil, server_side = mode == SERVER) */
bool tls_context_wrap(VM *vm, int argc, Value *args) {
  const TLSContextObj *c = tls_context_self(args);
  bool server_side = c->mode == TLS_MODE_SERVER;
  const char *hostname;
  SocketObj *sock = socket_of(args[0]);
  if (sock == NULL) return raise_arg_type(vm, args, 0, "sock", "a Socket");
  if (argc > 2 && !IS_BOOL(args[2])) return raise_arg_type(vm, args, 2, "server_side", "a boolean");
  if (argc > 2) server_side = AS_BOOL(args[2]);
  if (!hostname_arg(vm, argc, args, &hostname)) return false;
  Value out;
  if (!tls_wrap_socket(vm, args[-1], sock, hostname, server_side, &out)) return false;
  RETURN_VAL(out);
}
