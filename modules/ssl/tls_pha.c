/* Post-handshake client authentication (TLS 1.3): a client context that
 * allows it (post_handshake_auth), and a server asking an established
 * connection for the client's certificate once it knows it needs one
 * (verify_client_post_handshake), as for one protected path of a site. */
#include <openssl/err.h>

#include "lib_util.h"
#include "tls.h"

bool tls_pha_get(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(tls_context_self(args)->post_handshake_auth);
}

bool tls_pha_set(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  if (!IS_BOOL(args[0])) return raise_arg_type(vm, args, 0, "post_handshake_auth", "a boolean");
  if (c->mode != TLS_MODE_CLIENT)
    return vm_raise(vm, EXC_VALUE, "%s(): post_handshake_auth is for CLIENT contexts; a server "
                    "asks with TLSSocket.verify_client_post_handshake()", native_current_name(vm));
  c->post_handshake_auth = AS_BOOL(args[0]);
  SSL_CTX_set_post_handshake_auth(c->ctx, c->post_handshake_auth);
  RETURN_NIL;
}

/* The client's certificate is then required and verified against the
 * context's CAs, whatever the context's verify says. A re-run after the
 * fiber parked goes on sending the request already queued. */
bool tls_verify_client_post_handshake(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  if (!t->server_side)
    return vm_raise(vm, EXC_VALUE, "%s(): only the server side asks for the client's "
                    "certificate", native_current_name(vm));
  if (!tls_check_ready(vm, t)) return false;
  if (!t->asking_certificate) {
    int mode = SSL_get_verify_mode(t->ssl);
    SSL_set_verify(t->ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, tls_verify_callback);
    ERR_clear_error();
    if (!SSL_verify_client_post_handshake(t->ssl)) {
      SSL_set_verify(t->ssl, mode, tls_verify_callback);
      return tls_raise(vm, "ask for the client's certificate after the handshake");
    }
    t->asking_certificate = true;
  }
  int code = tls_run_handshake(vm, t, tls_deadline(t, true)); /* sends the request */
  if (code == SB_PARKED) return false;
  t->asking_certificate = false;
  if (code != 0)
    return tls_raise_code(vm, t, code, "SSL_do_handshake", "send the certificate request");
  RETURN_BOOL(true);
}
