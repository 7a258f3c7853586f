/* Session resumption. A client TLSContext keeps the latest session each
 * server gave it (a TLS 1.3 ticket or a TLS 1.2 session), keyed by the
 * name it checked and the peer's address, and offers it the next time it
 * connects there: that handshake skips the certificate exchange and its
 * signatures. The cache lives in the SSL_CTX's ex_data, freed with it,
 * because a ticket may arrive (during any read) after the TLSContext
 * object is gone. A TLS 1.3 ticket is offered once, as RFC 8446 advises
 * (the resumed connection brings new ones); a TLS 1.2 session stays.
 * A resumed handshake skips the certificate checks, so a session is
 * offered only under the checks it was made with (tls_session_checks): a
 * session made before the context verified, or before it loaded a
 * revocation list, is not. Servers resume through OpenSSL's own cache and
 * tickets; they get a session id context, without which OpenSSL refuses
 * a client that resumes when client certificates are verified, and which
 * names their checks: OpenSSL resumes only sessions of the same id
 * context, so a client that came in unverified, or before a CRL revoked
 * its certificate, goes through the checks again. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/x509.h>

#include "tls.h"

#define SESSIONS_MAX 64
#define SESSION_KEY_MAX (sizeof(((TLSSocketObj *)0)->hostname) + ADDRESS_TEXT_MAX + 16)

/* A key is text that may hold NUL bytes (an abstract UNIX name's). */
typedef struct {
  char bytes[SESSION_KEY_MAX];
  int length;
} SessionKey;

typedef struct {
  SessionKey key;
  SSL_SESSION *session;
  unsigned long checks; /* tls_session_checks() when it was made */
} CachedSession;

typedef struct {
  int count;
  int next_replaced; /* the entry a new server takes once all are used */
  CachedSession entries[SESSIONS_MAX];
} SessionCache;

static void free_cache(void *parent, void *pointer, CRYPTO_EX_DATA *ad, int index, long argl,
                       void *argp) {
  (void)parent, (void)ad, (void)index, (void)argl, (void)argp;
  SessionCache *cache = pointer;
  if (cache == NULL) return;
  for (int i = 0; i < cache->count; i++) SSL_SESSION_free(cache->entries[i].session);
  free(cache);
}

static int cache_index(void) {
  static int index = -1;
  return tls_ctx_index(&index, free_cache);
}

static SessionCache *cache_of(SSL_CTX *ctx) { return SSL_CTX_get_ex_data(ctx, cache_index()); }

/* The server as this client knows it: the name checked and where it is. */
static void session_key(const TLSSocketObj *t, SessionKey *key) {
  key->length = snprintf(key->bytes, SESSION_KEY_MAX, "%s ", t->hostname);
  key->length += tls_endpoint_text(t, key->bytes + key->length);
}

static CachedSession *find(SessionCache *cache, const SessionKey *key) {
  for (int i = 0; cache != NULL && i < cache->count; i++) {
    const SessionKey *other = &cache->entries[i].key;
    if (other->length == key->length && memcmp(other->bytes, key->bytes, (size_t)key->length) == 0)
      return &cache->entries[i];
  }
  return NULL;
}

/* OpenSSL's new-session callback: 1 keeps the reference it passes. */
static int remember(SSL *ssl, SSL_SESSION *session) {
  const TLSSocketObj *t = SSL_get_app_data(ssl);
  SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
  if (t == NULL || t->server_side || !SSL_SESSION_is_resumable(session)) return 0;
  SessionCache *cache = cache_of(ctx);
  if (cache == NULL) {
    if ((cache = calloc(1, sizeof *cache)) == NULL) return 0;
    SSL_CTX_set_ex_data(ctx, cache_index(), cache);
  }
  SessionKey key;
  session_key(t, &key);
  CachedSession *entry = find(cache, &key);
  if (entry == NULL && cache->count < SESSIONS_MAX) {
    entry = &cache->entries[cache->count++];
    entry->session = NULL; /* the slot may hold a session offered and freed */
  }
  if (entry == NULL) {
    entry = &cache->entries[cache->next_replaced];
    cache->next_replaced = (cache->next_replaced + 1) % SESSIONS_MAX;
  }
  SSL_SESSION_free(entry->session);
  entry->session = session;
  entry->checks = tls_session_checks(SSL_get_SSL_CTX(ssl));
  entry->key = key;
  return 1;
}

unsigned long tls_session_checks(SSL_CTX *ctx) {
  X509_STORE *store = SSL_CTX_get_cert_store(ctx);
  STACK_OF(X509_OBJECT) *objects = X509_STORE_get0_objects(store);
  unsigned long crls = 0;
  for (int i = 0; i < sk_X509_OBJECT_num(objects); i++)
    crls += X509_OBJECT_get_type(sk_X509_OBJECT_value(objects, i)) == X509_LU_CRL;
  unsigned long flags = X509_VERIFY_PARAM_get_flags(X509_STORE_get0_param(store)) &
                        (X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  bool verifying = SSL_CTX_get_verify_mode(ctx) != SSL_VERIFY_NONE;
  return crls << 3 | (flags & X509_V_FLAG_CRL_CHECK ? 4 : 0) |
         (flags & X509_V_FLAG_CRL_CHECK_ALL ? 2 : 0) | verifying;
}

void tls_session_id_context(SSL_CTX *ctx) {
  char id[SSL_MAX_SID_CTX_LENGTH + 1];
  /* The context's own (the low 48 bits of its address, the same in forked
   * workers), so that a connection sni moves to another context resumes
   * only that context's sessions. */
  unsigned long self = (unsigned long)((uintptr_t)ctx & 0xFFFFFFFFFFFFu);
  int length = snprintf(id, sizeof id, "%lx:%lx", self, tls_session_checks(ctx));
  SSL_CTX_set_session_id_context(ctx, (const unsigned char *)id, (unsigned int)length);
}

void tls_session_setup(SSL_CTX *ctx, int mode) {
  if (mode == TLS_MODE_SERVER) {
    tls_session_id_context(ctx);
    return;
  }
  SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
  SSL_CTX_sess_set_new_cb(ctx, remember);
}

void tls_session_offer(TLSSocketObj *t) {
  SSL_CTX *ctx = SSL_get_SSL_CTX(t->ssl);
  if (SSL_CTX_get_session_cache_mode(ctx) == SSL_SESS_CACHE_OFF) return;
  SessionCache *cache = cache_of(ctx);
  SessionKey key;
  session_key(t, &key);
  CachedSession *entry = find(cache, &key);
  /* A session made under other checks (no verification, fewer revocation
   * lists) would skip what the context now asks for. */
  if (entry == NULL || entry->checks != tls_session_checks(ctx)) return;
  SSL_set_session(t->ssl, entry->session);
  if (SSL_SESSION_get_protocol_version(entry->session) < TLS1_3_VERSION) return;
  SSL_SESSION_free(entry->session); /* a ticket is for one connection */
  *entry = cache->entries[--cache->count];
  if (cache->next_replaced >= cache->count) cache->next_replaced = 0;
}

bool tls_session_cache_get(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(SSL_CTX_get_session_cache_mode(tls_context_self(args)->ctx) != SSL_SESS_CACHE_OFF);
}

bool tls_session_cache_set(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  if (!IS_BOOL(args[0])) return raise_arg_type(vm, args, 0, "session_cache", "a boolean");
  bool on = AS_BOOL(args[0]);
  if (c->mode == TLS_MODE_CLIENT) {
    SSL_CTX_set_session_cache_mode(
        c->ctx, on ? SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE : SSL_SESS_CACHE_OFF);
    RETURN_NIL;
  }
  SSL_CTX_set_session_cache_mode(c->ctx, on ? SSL_SESS_CACHE_SERVER : SSL_SESS_CACHE_OFF);
  SSL_CTX_set_num_tickets(c->ctx, on ? 2 : 0);
  if (on) SSL_CTX_clear_options(c->ctx, SSL_OP_NO_TICKET);
  else SSL_CTX_set_options(c->ctx, SSL_OP_NO_TICKET);
  RETURN_NIL;
}
