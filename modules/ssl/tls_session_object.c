/* TLSSession: a session a client connection was given, taken from
 * tls.session and handed to a later connection (tls.session = saved,
 * before its handshake) to resume it, across contexts' automatic caches
 * or where they are off. A session skips the certificate exchange, so it
 * is offered only where that skip cannot weaken the checks: the same
 * TLSContext, the same server_hostname, a peer that was verified when
 * the new connection's context verifies, and the same checks
 * (tls_session_checks: no revocation list loaded since). */
#include <errno.h>
#include <stdio.h>

#include <openssl/crypto.h>

#include "tls.h"

void tls_session_object_release(void *payload) {
  TLSSessionObj *s = payload;
  SSL_SESSION_free(s->session);
  SSL_CTX_free(s->ctx);
  s->session = NULL;
  s->ctx = NULL;
}

static TLSSessionObj *session_self(Value *args) { return sb_payload(args[-1]); }

/* The session, or nil: before the handshake, and until the server has
 * given one that can be resumed (TLS 1.3 sends its tickets after the
 * handshake, so they arrive with the first read). */
bool tls_socket_session_get(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  if (t->ssl == NULL || !t->handshake_done) RETURN_NIL;
  SSL_SESSION *session = SSL_get1_session(t->ssl);
  if (session == NULL) RETURN_NIL;
  if (!SSL_SESSION_is_resumable(session)) {
    SSL_SESSION_free(session);
    RETURN_NIL;
  }
  ObjForeign *object = new_foreign(vm, tls_class(vm, "TLSSession"));
  TLSSessionObj *s = (TLSSessionObj *)object->payload;
  s->session = session;
  s->ctx = SSL_get_SSL_CTX(t->ssl);
  SSL_CTX_up_ref(s->ctx);
  snprintf(s->hostname, sizeof s->hostname, "%s", t->hostname);
  s->verified = SSL_get_verify_mode(t->ssl) != SSL_VERIFY_NONE &&
                SSL_get_verify_result(t->ssl) == X509_V_OK;
  s->checks = tls_session_checks(s->ctx);
  RETURN_OBJ(object);
}

bool tls_socket_session_set(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  const char *name = native_current_name(vm);
  bool is_session = IS_FOREIGN(args[0]) && AS_FOREIGN(args[0])->klass == tls_class(vm, "TLSSession");
  if (!is_session && !IS_NIL(args[0])) return raise_arg_type(vm, args, 0, "session", "a TLSSession or nil");
  if (t->ssl == NULL) return tls_refuse(vm, EBADF, "the TLS socket is closed");
  if (t->server_side)
    return vm_raise(vm, EXC_VALUE, "%s(): only a client offers a session to resume", name);
  if (!SSL_in_before(t->ssl))
    return vm_raise(vm, EXC_VALUE, "%s(): the handshake has already begun", name);
  if (IS_NIL(args[0])) {
    SSL_set_session(t->ssl, NULL);
    RETURN_NIL;
  }
  const TLSSessionObj *s = sb_payload(args[0]);
  if (s->ctx != SSL_get_SSL_CTX(t->ssl))
    return vm_raise(vm, EXC_VALUE, "%s(): the session belongs to another TLSContext", name);
  if (strcmp(s->hostname, t->hostname) != 0)
    return vm_raise(vm, EXC_VALUE, "%s(): the session is for server_hostname '%s', not '%s'", name,
                    s->hostname, t->hostname);
  if (!s->verified && SSL_get_verify_mode(t->ssl) != SSL_VERIFY_NONE)
    return vm_raise(vm, EXC_VALUE, "%s(): the session's server was not verified, and this "
                    "connection verifies", name);
  if (s->checks != tls_session_checks(s->ctx))
    return vm_raise(vm, EXC_VALUE, "%s(): the context's checks changed since the session was "
                    "made (verify, or revocation lists)", name);
  if (!SSL_set_session(t->ssl, s->session)) return tls_raise(vm, "set the session");
  RETURN_NIL;
}

static bool session_id(VM *vm, int argc, Value *args) {
  (void)argc;
  unsigned int length;
  const unsigned char *id = SSL_SESSION_get_id(session_self(args)->session, &length);
  char text[2 * SSL_MAX_SSL_SESSION_ID_LENGTH + 1] = "";
  if (length > 0 && !OPENSSL_buf2hexstr_ex(text, sizeof text, NULL, id, length, '\0'))
    return tls_raise(vm, "format the session id");
  RETURN_OBJ(copy_cstring(vm, text));
}

static bool session_protocol(VM *vm, int argc, Value *args) {
  (void)argc;
  int version = SSL_SESSION_get_protocol_version(session_self(args)->session);
  RETURN_OBJ(copy_cstring(vm, version == TLS1_3_VERSION ? "TLSv1.3"
                              : version == TLS1_2_VERSION ? "TLSv1.2" : "older"));
}

static bool session_time(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER((double)SSL_SESSION_get_time(session_self(args)->session));
}

static bool session_timeout(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER((double)SSL_SESSION_get_timeout(session_self(args)->session));
}

static bool session_has_ticket(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(SSL_SESSION_has_ticket(session_self(args)->session));
}

static bool session_server_hostname(VM *vm, int argc, Value *args) {
  (void)argc;
  const char *name = session_self(args)->hostname;
  RETURN_VAL(name[0] ? OBJ_VAL(copy_cstring(vm, name)) : NIL_VAL);
}

static bool session_verified(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(session_self(args)->verified);
}

const SbProperty tls_session_properties[] = {
    {"id", session_id, NULL,
     "id: string\nThe session id in upper-case hexadecimal (for a TLS 1.3 ticket, an id OpenSSL "
     "gives it): two TLSSession objects with the same id are the same session." READ_ONLY
     "echo saved.id"},
    {"protocol", session_protocol, NULL,
     "protocol: string\nThe protocol the session was made with: 'TLSv1.3' or 'TLSv1.2'."
     READ_ONLY "saved.protocol  # -> 'TLSv1.3'"},
    {"time", session_time, NULL,
     "time: number\nWhen the session was made, in seconds since the epoch." READ_ONLY
     "echo time() - saved.time"},
    {"timeout", session_timeout, NULL,
     "timeout: number\nSeconds after time for which the session may be resumed." READ_ONLY
     "echo saved.timeout"},
    {"has_ticket", session_has_ticket, NULL,
     "has_ticket: bool\nWhether the server gave a ticket (always so in TLS 1.3; in TLS "
     "1.2 the server may keep the session in its cache instead)." READ_ONLY
     "saved.has_ticket  # -> true"},
    {"server_hostname", session_server_hostname, NULL,
     "server_hostname: string | nil\nThe name the server's certificate was checked "
     "against; the session is offered only to connections that check the same name."
     READ_ONLY "saved.server_hostname  # -> 'localhost'"},
    {"verified", session_verified, NULL,
     "verified: bool\nWhether the server's certificate was verified on the connection that "
     "made the session; an unverified session is refused by a connection that verifies."
     READ_ONLY "saved.verified  # -> true"},
    {NULL, NULL, NULL, NULL},
};
