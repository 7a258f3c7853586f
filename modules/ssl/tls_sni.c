/* TLSContext.sni: a SERVER context's function that picks, from the host
 * name a client asks for (SNI), the context that serves the connection:
 * its certificate, its client verification, its versions and ciphers.
 * It runs from OpenSSL's client hello callback, before the handshake
 * chooses a version, a cipher or a session to resume, so every one of
 * those is the chosen context's. SSL_set_SSL_CTX moves only the
 * certificate and the session id context, so the rest is copied here. */
#include <ctype.h>
#include <string.h>

#include "memory.h"
#include "tls.h"

/* The first host name of the client hello's server_name extension, in
 * lower case; false when there is none or it is not a usable name (the
 * handshake's own parsing then decides whether to go on). */
static bool requested_name(SSL *ssl, char name[256]) {
  const unsigned char *p;
  size_t length;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &length) || length < 5)
    return false;
  size_t list = (size_t)p[0] << 8 | p[1];
  size_t size = (size_t)p[3] << 8 | p[4];
  if (list + 2 != length || p[2] != TLSEXT_NAMETYPE_host_name || size == 0 || size > 255 ||
      size + 5 > length || memchr(p + 5, '\0', size) != NULL)
    return false;
  for (size_t i = 0; i < size; i++) name[i] = (char)tolower(p[5 + i]);
  name[size] = '\0';
  return true;
}

/* SSL_set_cipher_list from the TLS 1.2 ciphers ctx allows (TLS 1.3's
 * suites are the same in every context). */
static bool copy_ciphers(SSL *ssl, SSL_CTX *ctx) {
  STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(ctx);
  char spec[8192] = "";
  size_t used = 0;
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
    const SSL_CIPHER *cipher = sk_SSL_CIPHER_value(ciphers, i);
    if (strcmp(SSL_CIPHER_get_version(cipher), "TLSv1.3") == 0) continue;
    const char *name = SSL_CIPHER_get_name(cipher);
    size_t n = strlen(name);
    if (used + n + 2 > sizeof spec) return false;
    if (used > 0) spec[used++] = ':';
    memcpy(spec + used, name, n + 1);
    used += n;
  }
  return used == 0 || SSL_set_cipher_list(ssl, spec) == 1;
}

/* Makes ctx the connection's context, with every setting a handshake
 * still to come reads from it. */
static bool switch_context(SSL *ssl, SSL_CTX *ctx) {
  if (SSL_set_SSL_CTX(ssl, ctx) == NULL) return false;
  SSL_set_verify(ssl, SSL_CTX_get_verify_mode(ctx), tls_verify_callback);
  SSL_set_verify_depth(ssl, SSL_CTX_get_verify_depth(ctx));
  SSL_clear_options(ssl, SSL_get_options(ssl));
  SSL_set_options(ssl, SSL_CTX_get_options(ctx));
  return SSL_set_min_proto_version(ssl, SSL_CTX_get_min_proto_version(ctx)) == 1 &&
         SSL_set_max_proto_version(ssl, SSL_CTX_get_max_proto_version(ctx)) == 1 &&
         copy_ciphers(ssl, ctx);
}

/* The function's answer: nil keeps the context, a SERVER TLSContext
 * replaces it; anything else raises. */
static bool use_choice(VM *vm, TLSSocketObj *t, SSL *ssl, Value chosen) {
  if (IS_NIL(chosen)) return true;
  if (!IS_FOREIGN(chosen) || AS_FOREIGN(chosen)->klass != tls_class(vm, "TLSContext"))
    return vm_raise(vm, EXC_TYPE, "%s(): the sni function returned %s: it must return a "
                    "TLSContext or nil", native_current_name(vm), value_type_name(chosen));
  TLSContextObj *next = sb_payload(chosen);
  if (next->ctx == NULL || next->mode != TLS_MODE_SERVER)
    return vm_raise(vm, EXC_VALUE, "%s(): the sni function returned a CLIENT context: it must "
                    "return a SERVER one", native_current_name(vm));
  if (!switch_context(ssl, next->ctx)) return tls_raise(vm, "use the context sni chose");
  t->context = chosen;
  return true;
}

/* OpenSSL's client hello callback. A failure ends the handshake with an
 * internal_error alert; the handshake then raises what the function (or
 * the check of its answer) raised. */
static int on_client_hello(SSL *ssl, int *alert, void *data) {
  VM *vm = data;
  TLSSocketObj *t = SSL_get_app_data(ssl);
  if (t == NULL || !IS_FOREIGN(t->context)) return SSL_CLIENT_HELLO_SUCCESS;
  const TLSContextObj *c = sb_payload(t->context);
  if (!IS_OBJ(c->sni)) return SSL_CLIENT_HELLO_SUCCESS;
  char host[256];
  Value name = requested_name(ssl, host) ? OBJ_VAL(copy_cstring(vm, host)) : NIL_VAL;
  Value chosen;
  if (call_function(vm, c->sni, 1, &name, &chosen) && use_choice(vm, t, ssl, chosen))
    return SSL_CLIENT_HELLO_SUCCESS;
  t->callback_raised = true;
  *alert = SSL_AD_INTERNAL_ERROR;
  return SSL_CLIENT_HELLO_ERROR;
}

bool tls_sni_get(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  const TLSContextObj *c = tls_context_self(args);
  RETURN_VAL(IS_OBJ(c->sni) ? c->sni : NIL_VAL);
}

bool tls_sni_set(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  if (c->mode != TLS_MODE_SERVER)
    return vm_raise(vm, EXC_VALUE, "%s(): sni is for SERVER contexts: a client names its "
                    "server in wrap()'s server_hostname", native_current_name(vm));
  if (!IS_NIL(args[0]) && !check_callable(vm, args, 0, "sni")) return false;
  c->sni = args[0];
  SSL_CTX_set_client_hello_cb(c->ctx, IS_NIL(args[0]) ? NULL : on_client_hello, vm);
  RETURN_NIL;
}

void tls_context_trace(VM *vm, void *payload) {
  const TLSContextObj *c = payload;
  gc_mark_value(vm, c->sni);
}

void tls_socket_trace(VM *vm, void *payload) {
  const TLSSocketObj *t = payload;
  gc_mark_value(vm, t->context);
}
