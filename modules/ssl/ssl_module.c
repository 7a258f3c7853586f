/* The ssl module's definition: TLSException (a socket.SocketException),
 * TLSContext and TLSSocket assembled from the other files' tables, the
 * constants, and ssl.connect(), which connects through the socket
 * module's create_connection(), wraps and completes the handshake in one
 * call under one deadline. */
#include "tls.h"


extern const SbFunction tls_context_methods[], tls_socket_methods[], tls_io_methods[],
    tls_detail_methods[];
extern const SbProperty tls_context_properties[], tls_socket_properties[], tls_session_properties[];

static bool is_context(VM *vm, Value v) {
  return IS_FOREIGN(v) && AS_FOREIGN(v)->klass == tls_class(vm, "TLSContext");
}

/* socket.create_connection(host, port, timeout, {deadline: timeout})
 * called directly, so its errors name ssl.connect() and a fiber it parks
 * re-runs ssl.connect(), which resumes it. The socket's deadline is the
 * one the handshake must meet too: it moves from the socket to *deadline
 * (SOCK_NEVER for none), so the TLSSocket has none of its own. */
static bool create_connection(VM *vm, Value host, Value port, int64_t timeout, Value *out,
                              int64_t *deadline) {
  Value *base = vm->fiber->stack_top;
  if (base + 6 > vm->fiber->stack_limit) return vm_raise(vm, EXC_RANGE, "stack overflow");
  ObjDict *options = new_dict(vm);
  vm_push(vm, OBJ_VAL(options));
  if (timeout > 0) dict_set_cstr(vm, options, "deadline", NUMBER_VAL((double)timeout));
  vm_push(vm, NIL_VAL); /* the result's slot */
  vm_push(vm, host);
  vm_push(vm, port);
  vm_push(vm, NUMBER_VAL((double)timeout));
  vm_push(vm, OBJ_VAL(options));
  Value *args = vm->fiber->stack_top - 4;
  bool ok = socket_fn_create_connection(vm, 4, args);
  *out = args[-1];
  vm->fiber->stack_top = base;
  if (!ok) return false;
  SocketObj *s = sb_payload(*out);
  *deadline = s->deadline ? s->deadline : SOCK_NEVER;
  s->deadline = 0;
  return true;
}

/* The context argument, or a new CLIENT context; pushed to stay reachable. */
static bool context_arg(VM *vm, int argc, Value *args, Value *context) {
  if (argc > 2 && !IS_NIL(args[2])) {
    if (!is_context(vm, args[2])) return raise_arg_type(vm, args, 2, "context", "a TLSContext");
    *context = args[2];
    vm_push(vm, *context);
    return true;
  }
  ObjForeign *object = new_foreign(vm, tls_class(vm, "TLSContext"));
  *context = OBJ_VAL(object);
  vm_push(vm, *context);
  return tls_context_init(vm, (TLSContextObj *)object->payload, TLS_MODE_CLIENT);
}

/* Runs (or, after a park, resumes) the handshake of the TLSSocket that
 * ssl.connect() left in args[0]; on failure nothing is left open. */
static bool finish_handshake(VM *vm, Value *args) {
  TLSSocketObj *t = sb_payload(args[0]);
  if (!tls_handshake(vm, t, t->connect_deadline)) {
    if (!vm->parked) tls_socket_release(t);
    return false;
  }
  t->connecting = false;
  RETURN_VAL(args[0]);
}

static bool is_connecting_tls(VM *vm, Value v) {
  return IS_FOREIGN(v) && AS_FOREIGN(v)->klass == tls_class(vm, "TLSSocket") &&
         ((TLSSocketObj *)sb_payload(v))->connecting;
}

/* connect(host, port, context = nil, timeout = 300000). A fiber that parks
 * while connecting re-runs this call, which resumes create_connection();
 * once connected, the TLSSocket takes the host's place in args[0], so a
 * re-run after the handshake parked goes on with the handshake. */
static bool ssl_connect(VM *vm, int argc, Value *args) {
  if (is_connecting_tls(vm, args[0])) return finish_handshake(vm, args);
  int64_t timeout = DEFAULT_CONNECT_TIMEOUT;
  if (!check_string(vm, args, 0, "host") || !tls_check_hostname(vm, AS_STRING(args[0]), "host") ||
      !check_int_range(vm, args, 1, "port", 0, 65535) ||
      (argc > 3 && !check_int_range(vm, args, 3, "timeout", 0, 1e12)))
    return false;
  if (argc > 3) timeout = (int64_t)AS_NUMBER(args[3]);
  Value *base = vm->fiber->stack_top;
  Value context = NIL_VAL, sock = NIL_VAL, tls = NIL_VAL;
  int64_t deadline = SOCK_NEVER;
  bool ok = context_arg(vm, argc, args, &context) &&
            create_connection(vm, args[0], args[1], timeout, &sock, &deadline);
  if (ok) {
    vm_push(vm, sock);
    ok = tls_wrap_socket(vm, context, sb_payload(sock), AS_CSTRING(args[0]), false, &tls);
    socket_release(sb_payload(sock)); /* closed by a wrap that took it over; not by one that failed */
  }
  vm->fiber->stack_top = base;
  if (!ok) return false;
  TLSSocketObj *t = sb_payload(tls);
  t->connecting = true;
  t->connect_deadline = deadline;
  args[0] = tls;
  return finish_handshake(vm, args);
}

static int tls_descriptor(const void *payload) {
  const TLSSocketObj *t = payload;
  return t->ssl != NULL ? t->fd : -1;
}

/* Bytes kept by a reader, or decrypted by OpenSSL and not yet read. */
static bool tls_buffered(const void *payload) {
  const TLSSocketObj *t = payload;
  return t->pending.length > 0 || (t->ssl != NULL && SSL_pending(t->ssl) > 0);
}

static const SelectableKind tls_selectable = {tls_socket_finalize, tls_descriptor, tls_buffered};

static bool ssl_module_init(VM *vm, ObjModule *module) {
  (void)vm, (void)module;
  socket_add_selectable(&tls_selectable);
  return true;
}

#define CONSTANT(name, value, doc) {name, value, NULL, true, doc}

const SbModule ssl_module = {
    .name = "ssl",
    .init = ssl_module_init,
    .doc = "TLS over the socket module's sockets, through OpenSSL 3: client and server "
           "contexts, wrapping connected sockets, and connecting in one call. Safe by "
           "default: clients verify the certificate chain against the system trust store "
           "and check the host name (sent as SNI too), and nothing older than TLS 1.2 is "
           "spoken. Failures raise TLSException (a socket.SocketException) with OpenSSL's "
           "reason and, when a certificate is rejected, what failed.\n"
           "Example:\n"
           "import ssl\n"
           "var ctx = ssl.TLSContext()\n"
           "ctx.load_verify_locations('ca.pem')   # trust this CA (default: the system's)\n"
           "var tls = ssl.connect('localhost', port, ctx)\n"
           "tls.send('hello')\n"
           "tls.receive()  # -> 'hello'\n"
           "tls.close()",
    .functions = (const SbFunction[]){
        {"connect", ssl_connect, 2, 4,
         "connect(host: string, port: number, context: TLSContext = nil, timeout: number = "
         "300000) -> TLSSocket\n"
         "Connects to host and port (trying every address it resolves to), wraps the "
         "connection with context (a new CLIENT context using the system trust store when "
         "nil), checks the certificate against host and completes the handshake, all "
         "within timeout milliseconds (0: no limit). In fibers, other fibers run while it "
         "resolves, connects and shakes hands.\n"
         "Raises: ConnectError, ResolveError or TimeoutError as "
         "socket.create_connection() does; TLSException when the handshake fails or the "
         "certificate is rejected (saying why, with .verify_code, .certificate_names and the "
         "other fields described under TLSException); TypeError for a context that is "
         "not a TLSContext.\n"
         "Example: var tls = ssl.connect('localhost', port, ctx, 5000)"},
        {NULL, NULL, 0, 0, NULL},
    },
    .classes = (const SbClass[]){
        {"TLSException",
         "A TLS failure: OpenSSL's reason in the message. .errno is the system's error "
         "number when one caused it, else 0. A subclass of socket.SocketException, so "
         "catching that catches TLS failures too, and like every socket error it has "
         ".operation (the OpenSSL call that failed: 'SSL_do_handshake', 'SSL_read', "
         "'SSL_write', 'SSL_shutdown'; the method's name when the TLS socket was closed) "
         "and .address (the peer's Address, or nil).\n"
         "When certificate verification fails, the message says why and describes the "
         "certificate it rejected: \"certificate verify failed: hostname mismatch (verify "
         "code 62); expected host 'example.com'; certificate is for 'other.test', "
         "'192.0.2.1', issued by 'CN=Some CA, O=Org', valid from 2026-01-01T00:00:00Z to "
         "2026-04-01T00:00:00Z\" (a certificate further up the chain is named \"certificate "
         "at depth N of the chain\"). The same facts are fields of the exception:\n"
         "- .verify_code: OpenSSL's verify result (X509_V_ERR_*: 62 hostname mismatch, 64 IP "
         "address mismatch, 20 unknown issuer, 10 expired, ...)\n"
         "- .verify_message: OpenSSL's text for that code ('hostname mismatch')\n"
         "- .expected_host: the server_hostname checked, or nil (a server checking a client)\n"
         "- .certificate_names: list of the host names the certificate holds: its DNS and IP "
         "subjectAltNames, else its subject's common name\n"
         "- .issuer: the issuer's distinguished name ('CN=Some CA, O=Org')\n"
         "- .not_before, .not_after: its validity dates in UTC, as 2026-01-01T00:00:00Z\n"
         "Other TLS failures do not have these fields.\n"
         "Example:\n"
         "catch { ssl.connect('localhost', port, ssl.TLSContext(ssl.CLIENT), 5000) } as e\n"
         "e.expected_host  # -> 'localhost'\n"
         "e.certificate_names  # -> ['localhost', '127.0.0.1', '::1']",
         "socket.SocketException", {0, NULL, false, NULL},
         {"TLSException", NULL, 0, 1,
          "TLSException(message: string = '')\nA new exception with that message, for code "
          "that reports TLS failures of its own.\nRaises: nothing.\n"
          "Example: var e = ssl.TLSException('no TLS offered by the peer')\n"
          "instance_of(e, socket.SocketException)  # -> true"},
         NULL, NULL},
        {"TLSContext",
         "Settings shared by TLS connections: the side (CLIENT or SERVER), verification, "
         "trusted CAs, this side's certificate, the minimum protocol version and ALPN. "
         "Its SSL_CTX is freed when the collector frees it; connections keep what they "
         "need.",
         NULL, {sizeof(TLSContextObj), tls_context_release, false, tls_context_trace},
         {"TLSContext", tls_context_new, 0, 1,
          "TLSContext(mode: number = CLIENT)\n"
          "A new context for ssl.CLIENT or ssl.SERVER connections. A CLIENT context "
          "verifies peers (using the system trust store unless CAs are loaded); a SERVER "
          "context needs load_cert_chain() before it can serve.\n"
          "Raises: ValueError for a mode that is neither; TLSException when OpenSSL "
          "fails.\n"
          "Example: var ctx = ssl.TLSContext(ssl.SERVER)"},
         (const SbFunction *const[]){tls_context_methods, NULL}, tls_context_properties},
        {"TLSSocket",
         "A TLS connection over a socket, made by TLSContext.wrap() or ssl.connect(): "
         "send, receive, read, close and shutdown as on a Socket, plus the handshake and "
         "what it negotiated. The collector frees a dropped TLSSocket and closes its "
         "descriptor.",
         NULL, {sizeof(TLSSocketObj), tls_socket_finalize, false, tls_socket_trace},
         {NULL, NULL, 0, 0, NULL},
         (const SbFunction *const[]){tls_socket_methods, tls_io_methods, tls_detail_methods,
                                     NULL},
         tls_socket_properties},
        {"TLSSession",
         "A session a client connection was given, from TLSSocket.session: assigned to "
         "the session of a later connection before its handshake, that handshake resumes "
         "it and skips the certificate exchange. Only connections of the same TLSContext "
         "that check the same server_hostname may take it. A TLS 1.3 session (a ticket) is "
         "meant for one resumption: take the session of the resumed connection for the "
         "next. TLSContext.session_cache does the same by itself for each server; a "
         "TLSSession is for keeping a session elsewhere, or with the cache off.",
         NULL, {sizeof(TLSSessionObj), tls_session_object_release, false, NULL},
         {NULL, NULL, 0, 0, NULL}, NULL, tls_session_properties},
        {NULL, NULL, NULL, {0, NULL, false, NULL}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = (const SbConstant[]){
        CONSTANT("CLIENT", TLS_MODE_CLIENT, "TLSContext mode: the connecting side."),
        CONSTANT("SERVER", TLS_MODE_SERVER, "TLSContext mode: the accepting side."),
        CONSTANT("TLS1_2", TLS1_2_VERSION, "TLSContext.min_version: TLS 1.2 (the default)."),
        CONSTANT("TLS1_3", TLS1_3_VERSION, "TLSContext.min_version: TLS 1.3 only."),
        {NULL, 0, NULL, false, NULL},
    },
};
