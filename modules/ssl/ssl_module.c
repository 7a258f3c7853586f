/* The ssl module's definition: TLSException (a socket.SocketException),
 * TLSContext and TLSSocket assembled from the other files' tables, the
 * constants, and ssl.connect(), which connects through the socket
 * module's create_connection(), wraps and completes the handshake in one
 * call under one deadline. */
#include "tls.h"


extern const SbFunction tls_context_methods[], tls_socket_methods[], tls_io_methods[],
    tls_detail_methods[];
extern const SbProperty tls_context_properties[], tls_socket_properties[];

static bool is_context(VM *vm, Value v) {
  return IS_FOREIGN(v) && AS_FOREIGN(v)->klass == tls_class(vm, "TLSContext");
}

/* socket.create_connection(host, port, timeout) called directly, so its
 * errors name ssl.connect(), the function the script called. */
static bool create_connection(VM *vm, Value host, Value port, int64_t timeout, Value *out) {
  Value module, fn;
  if (!table_get(&vm->modules, copy_cstring(vm, "socket"), &module) ||
      !table_get(&AS_MODULE(module)->globals, copy_cstring(vm, "create_connection"), &fn) ||
      !IS_NATIVE(fn))
    return vm_raise(vm, EXC_IMPORT, "%s(): the socket module has no create_connection()",
                    native_current_name(vm));
  if (vm->fiber->stack_top + 4 > vm->fiber->stack_limit)
    return vm_raise(vm, EXC_RANGE, "stack overflow");
  vm_push(vm, fn);
  vm_push(vm, host);
  vm_push(vm, port);
  vm_push(vm, NUMBER_VAL((double)timeout));
  Value *args = vm->fiber->stack_top - 3;
  bool ok = AS_NATIVE(fn)->fn(vm, 3, args);
  *out = args[-1];
  vm->fiber->stack_top -= 4;
  return ok;
}

/* The context argument, or a new CLIENT context; pushed to stay reachable. */
static bool context_arg(VM *vm, int argc, Value *args, TLSContextObj **context) {
  if (argc > 2 && !IS_NIL(args[2])) {
    if (!is_context(vm, args[2])) return raise_arg_type(vm, args, 2, "context", "a TLSContext");
    vm_push(vm, args[2]);
    *context = sb_payload(args[2]);
    return true;
  }
  ObjForeign *object = new_foreign(vm, tls_class(vm, "TLSContext"));
  vm_push(vm, OBJ_VAL(object));
  *context = (TLSContextObj *)object->payload;
  return tls_context_init(vm, *context, TLS_MODE_CLIENT);
}

/* Wraps the connected sock and runs the handshake; on failure nothing is
 * left open. */
static bool secure(VM *vm, TLSContextObj *c, Value sock, const char *host, int64_t deadline,
                   Value *out) {
  if (!tls_wrap_socket(vm, c, sb_payload(sock), host, false, out)) {
    socket_release(sb_payload(sock));
    return false;
  }
  vm_push(vm, *out);
  bool ok = tls_handshake(vm, sb_payload(*out), deadline);
  if (!ok) tls_socket_release(sb_payload(*out));
  vm_pop(vm);
  return ok;
}

static bool connect_and_secure(VM *vm, int argc, Value *args, int64_t timeout, Value *tls) {
  int64_t deadline = sock_deadline(timeout);
  TLSContextObj *c = NULL;
  Value sock = NIL_VAL;
  if (!context_arg(vm, argc, args, &c) || !create_connection(vm, args[0], args[1], timeout, &sock))
    return false;
  vm_push(vm, sock);
  return secure(vm, c, sock, AS_CSTRING(args[0]), deadline, tls);
}

/* connect(host, port, context = nil, timeout = 300000) */
static bool ssl_connect(VM *vm, int argc, Value *args) {
  int64_t timeout = DEFAULT_CONNECT_TIMEOUT;
  if (!check_string(vm, args, 0, "host") || !tls_check_hostname(vm, AS_STRING(args[0]), "host") ||
      !check_int_range(vm, args, 1, "port", 0, 65535) ||
      (argc > 3 && !check_int_range(vm, args, 3, "timeout", 0, 1e12)))
    return false;
  if (argc > 3) timeout = (int64_t)AS_NUMBER(args[3]);
  Value *base = vm->fiber->stack_top;
  Value tls;
  vm->parking_disabled++; /* a connection half made cannot be resumed by a re-run */
  bool ok = connect_and_secure(vm, argc, args, timeout, &tls);
  vm->parking_disabled--;
  vm->fiber->stack_top = base;
  if (!ok) return false;
  RETURN_VAL(tls);
}

#define CONSTANT(name, value, doc) {name, value, NULL, true, doc}

const SbModule ssl_module = {
    .name = "ssl",
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
         "within timeout milliseconds (0: no limit). Other fibers wait meanwhile (as in "
         "socket.create_connection()); in fibers, Socket.connect(), wrap() and handshake() "
         "let them run.\n"
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
         "socket.SocketException", {0, NULL, false},
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
         NULL, {sizeof(TLSContextObj), tls_context_release, false},
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
         NULL, {sizeof(TLSSocketObj), tls_socket_release, false}, {NULL, NULL, 0, 0, NULL},
         (const SbFunction *const[]){tls_socket_methods, tls_io_methods, tls_detail_methods,
                                     NULL},
         tls_socket_properties},
        {NULL, NULL, NULL, {0, NULL, false}, {NULL, NULL, 0, 0, NULL}, NULL, NULL},
    },
    .constants = (const SbConstant[]){
        CONSTANT("CLIENT", TLS_MODE_CLIENT, "TLSContext mode: the connecting side."),
        CONSTANT("SERVER", TLS_MODE_SERVER, "TLSContext mode: the accepting side."),
        CONSTANT("TLS1_2", TLS1_2_VERSION, "TLSContext.min_version: TLS 1.2 (the default)."),
        CONSTANT("TLS1_3", TLS1_3_VERSION, "TLSContext.min_version: TLS 1.3 only."),
        {NULL, 0, NULL, false, NULL},
    },
};
