/* The TLSSocket's properties (endpoint, state, the two timeouts, the
 * deadline) and the details of the negotiated connection: cipher,
 * protocol version, ALPN protocol and peer certificate. The details run the handshake first when
 * it has not run; the properties never do. */
#include "tls.h"

#define GETTER(name, expression)                          \
  static bool get_##name(VM *vm, int argc, Value *args) { \
    (void)vm, (void)argc;                                 \
    const TLSSocketObj *t = tls_socket_self(args);        \
    RETURN_VAL(expression);                               \
  }

GETTER(port, NUMBER_VAL(t->port))
GETTER(family, NUMBER_VAL(t->family))
GETTER(is_connected, BOOL_VAL(t->ssl != NULL))
GETTER(is_closed, BOOL_VAL(t->ssl == NULL))
GETTER(is_shutdown, BOOL_VAL(t->is_shutdown))
GETTER(is_handshake_done, BOOL_VAL(t->ssl != NULL && t->handshake_done))
GETTER(session_reused, BOOL_VAL(t->ssl != NULL && t->handshake_done && SSL_session_reused(t->ssl)))
GETTER(server_side, BOOL_VAL(t->server_side))
GETTER(send_timeout, NUMBER_VAL((double)t->send_timeout))
GETTER(receive_timeout, NUMBER_VAL((double)t->receive_timeout))
GETTER(time_left, socket_time_left(t->deadline))

static bool text_or_nil(VM *vm, Value *args, const char *text) {
  RETURN_VAL(text ? OBJ_VAL(copy_cstring(vm, text)) : NIL_VAL);
}

static bool get_host(VM *vm, int argc, Value *args) {
  (void)argc;
  const TLSSocketObj *t = tls_socket_self(args);
  RETURN_OBJ(copy_string(vm, t->host, t->host_length));
}

static bool get_server_name(VM *vm, int argc, Value *args) {
  (void)argc;
  const TLSSocketObj *t = tls_socket_self(args);
  return text_or_nil(vm, args, t->ssl ? SSL_get_servername(t->ssl, TLSEXT_NAMETYPE_host_name) : NULL);
}

static bool set_timeout(VM *vm, Value *args, int64_t *field) {
  if (!check_int_range(vm, args, 0, "timeout", 0, 1e12)) return false;
  *field = (int64_t)AS_NUMBER(args[0]);
  RETURN_NIL;
}

static bool set_send_timeout(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_timeout(vm, args, &tls_socket_self(args)->send_timeout);
}

static bool set_receive_timeout(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_timeout(vm, args, &tls_socket_self(args)->receive_timeout);
}

/* set_deadline(milliseconds): from now; nil or 0 clears it */
static bool tls_set_deadline(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!socket_set_deadline_arg(vm, args, &tls_socket_self(args)->deadline)) return false;
  RETURN_NIL;
}

static bool tls_cipher(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  return tls_check_ready(vm, t) && text_or_nil(vm, args, SSL_get_cipher_name(t->ssl));
}

static bool tls_version(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  return tls_check_ready(vm, t) && text_or_nil(vm, args, SSL_get_version(t->ssl));
}

static bool tls_alpn_protocol(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  if (!tls_check_ready(vm, t)) return false;
  const unsigned char *name;
  unsigned int length;
  SSL_get0_alpn_selected(t->ssl, &name, &length);
  RETURN_VAL(length ? OBJ_VAL(copy_string(vm, (const char *)name, (int)length)) : NIL_VAL);
}

const SbFunction tls_detail_methods[] = {
    {"set_deadline", tls_set_deadline, 1, 1,
     "set_deadline(milliseconds: number | nil)\n"
     "Sets one limit, milliseconds from now, over the handshake and every later send, "
     "receive and read, as Socket.set_deadline() does; a TLSSocket starts with the "
     "deadline of the Socket it wrapped. Once it passes they raise TimeoutError saying "
     "the deadline passed. nil or 0 clears it.\n"
     "Raises: ValueError for a negative number.\n"
     "Example: tls.set_deadline(5000)"},
    {"cipher", tls_cipher, 0, 0,
     "cipher() -> string\n"
     "The name of the negotiated cipher suite, such as 'TLS_AES_256_GCM_SHA384'.\n"
     "Raises: what handshake() raises when the handshake has to run first.\n"
     "Example: echo tls.cipher()"},
    {"version", tls_version, 0, 0,
     "version() -> string\n"
     "The negotiated protocol: 'TLSv1.2' or 'TLSv1.3'.\n"
     "Raises: what handshake() raises when the handshake has to run first.\n"
     "Example: tls.version()  # -> 'TLSv1.3'"},
    {"alpn_protocol", tls_alpn_protocol, 0, 0,
     "alpn_protocol() -> string | nil\n"
     "The application protocol agreed through ALPN, or nil when none was.\n"
     "Raises: what handshake() raises when the handshake has to run first.\n"
     "Example: if tls.alpn_protocol() == 'h2' echo 'HTTP/2'"},
    {"peer_certificate", tls_peer_certificate, 0, 0,
     "peer_certificate() -> dictionary | nil\n"
     "The peer's certificate as {subject, issuer, not_before, not_after, serial, "
     "subject_alt_names, version, fingerprint_sha256, der, pem}: subject and issuer map "
     "attributes (CN, O, OU, C, ...) to text (the last value of a repeated one), times "
     "read like '2026-11-21T10:00:00Z', serial is hexadecimal, subject_alt_names lists "
     "entries such as 'DNS:localhost' and 'IP:127.0.0.1', fingerprint_sha256 reads as "
     "`openssl x509 -fingerprint -sha256` prints it ('AB:CD:...', for pinning), der is "
     "the certificate as bytes and pem as text. nil when the peer sent none (a client "
     "without a certificate).\n"
     "Raises: what handshake() raises when the handshake has to run first.\n"
     "Example: tls.peer_certificate()['subject']['CN']  # -> 'localhost'"},
    {"verify_client_post_handshake", tls_verify_client_post_handshake, 0, 0,
     "verify_client_post_handshake() -> bool\n"
     "On the server side of a TLS 1.3 connection, asks the client for its certificate now, "
     "after the handshake: for a server that learns from a request that it needs one. The "
     "client must allow it (TLSContext.post_handshake_auth). The certificate comes with "
     "the client's next data: read that, then peer_certificate() gives it. It is required "
     "and verified against the context's CAs whatever verify says; a client that sends "
     "none or one that fails makes that read raise TLSException.\n"
     "Raises: ValueError on the client side; TLSException on a TLS 1.2 connection "
     "('wrong ssl version') or when the client did not allow it ('extension not "
     "received'), or when the request cannot be sent.\n"
     "Example: if tls.server_side tls.verify_client_post_handshake()"},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty tls_socket_properties[] = {
    {"host", get_host, NULL,
     "host: string\nThe peer's host as the Socket had it: the name or address connected "
     "to, or the client's address for an accepted connection." READ_ONLY
     "tls.host  # -> 'localhost'"},
    {"port", get_port, NULL, "port: number\nThe peer's port." READ_ONLY "echo tls.port"},
    {"family", get_family, NULL,
     "family: number\nThe AF_ family of the connection." READ_ONLY "echo tls.family"},
    {"server_side", get_server_side, NULL,
     "server_side: bool\nWhether this is the server's end of the connection." READ_ONLY
     "if tls.server_side echo 'serving'"},
    {"server_name", get_server_name, NULL,
     "server_name: string | nil\nThe SNI host name: on the server side the name the client "
     "asked for (after the handshake), on the client side the name sent (never an IP "
     "address); nil when none." READ_ONLY "tls.server_name  # -> 'localhost'"},
    {"is_connected", get_is_connected, NULL,
     "is_connected: bool\nWhether the connection is open (not closed)." READ_ONLY
     "if tls.is_connected tls.close()"},
    {"is_closed", get_is_closed, NULL,
     "is_closed: bool\nWhether close() was called." READ_ONLY "tls.is_closed  # -> false"},
    {"is_shutdown", get_is_shutdown, NULL,
     "is_shutdown: bool\nWhether shutdown() was called." READ_ONLY "tls.is_shutdown  # -> false"},
    {"is_handshake_done", get_is_handshake_done, NULL,
     "is_handshake_done: bool\nWhether the handshake has completed." READ_ONLY
     "if !tls.is_handshake_done tls.handshake()"},
    {"session_reused", get_session_reused, NULL,
     "session_reused: bool\nWhether the handshake resumed an earlier session (see "
     "TLSContext.session_cache) instead of a full exchange; false before the handshake."
     READ_ONLY "if !tls.session_reused echo 'a full handshake'"},
    {"session", tls_socket_session_get, tls_socket_session_set,
     "session: TLSSession | nil\nOn a client: the session the server gave, to resume "
     "in a later connection, or nil before the handshake and until the server has given "
     "one (TLS 1.3 sends it after the handshake: it arrives with the first read). Set "
     "before the handshake, it is the session that handshake offers; nil offers none "
     "(not even the one session_cache found).\n"
     "Raises: ValueError when set on a server's connection, after the handshake has "
     "begun, or to a session of another TLSContext, of another server_hostname, not "
     "verified when this connection verifies, or made before the context's checks changed "
     "(verify turned on, a revocation list loaded); TypeError for a value that is not a "
     "TLSSession or nil; TLSException when the TLS socket is closed.\n"
     "Example:\n"
     "tls.send('hello\\n')\n"
     "tls.read_line()  # a TLS 1.3 server's session (a ticket) comes with the first read\n"
     "var kept = tls.session\n"
     "var again = ctx.wrap(socket.create_connection('127.0.0.1', port, 5000), 'localhost')\n"
     "again.session = kept\n"
     "again.handshake()\n"
     "again.session_reused  # -> true"},
    {"send_timeout", get_send_timeout, set_send_timeout,
     "send_timeout: number\nMilliseconds a send (or close_notify) may wait (0: no limit); "
     "taken from the Socket at wrap().\n"
     "Raises: ValueError for a negative or fractional value; TypeError for a non-number.\n"
     "Example: tls.send_timeout = 5000"},
    {"receive_timeout", get_receive_timeout, set_receive_timeout,
     "receive_timeout: number\nMilliseconds a handshake, receive or read may wait (0: no "
     "limit); taken from the Socket at wrap().\n"
     "Raises: ValueError for a negative or fractional value; TypeError for a non-number.\n"
     "Example: tls.receive_timeout = 5000"},
    {"time_left", get_time_left, NULL,
     "time_left: number | nil\nMilliseconds until the deadline (0 once it has passed), or "
     "nil when there is none."},
    {NULL, NULL, NULL, NULL},
};
