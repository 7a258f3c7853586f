/* What the ssl module's files share: the TLSContext and TLSSocket
 * payloads, the handshake and I/O steps that wait on the descriptor with
 * the socket module's sock_wait, and raising TLSException with OpenSSL's
 * reasons. Sockets themselves (connecting, addresses, errno exceptions)
 * stay in modules/socket; this module only layers OpenSSL over them. */
#ifndef SABRE_MODULES_SSL_TLS_H
#define SABRE_MODULES_SSL_TLS_H

#include <openssl/ssl.h>

#include "../socket/socket_obj.h"

#define TLS_MODE_CLIENT 0
#define TLS_MODE_SERVER 1

/* A zeroed payload (constructor not run) holds no context. */
typedef struct {
  SSL_CTX *ctx;
  int mode;       /* TLS_MODE_CLIENT or TLS_MODE_SERVER */
  bool ca_loaded; /* CA file, directory or the system store loaded */
  bool post_handshake_auth; /* a client that lets the server ask later */
  Value sni; /* a server's function picking the context by SNI; nil or 0 for none */
} TLSContextObj;

/* The connection owns fd exactly while ssl is not NULL; a zeroed payload
 * owns nothing. The SSL holds its own reference to the SSL_CTX; context
 * keeps the TLSContext (the one sni chose, once it has) for its sni
 * function. */
typedef struct {
  SocketState *state; /* its VM's socket module's, its Socket's */
  SSL *ssl;
  Value context;
  int fd;
  int family;
  int port;
  bool server_side;
  bool handshake_done;
  bool is_blocking;
  bool is_shutdown;
  bool read_shut; /* shutdown(SHUT_RD or SHUT_RDWR): reads end as at close_notify */
  bool failed;      /* a fatal error happened: no close_notify is sent */
  bool notify_sent; /* our close_notify has gone out */
  bool asking_certificate; /* a post-handshake certificate request is being sent */
  bool callback_raised; /* the sni function raised: the handshake raises that */
  int64_t send_timeout; /* milliseconds; 0 waits as long as it takes */
  int64_t receive_timeout;
  int64_t deadline; /* over every operation, as a Socket's; 0: none */
  /* ssl.connect() parked in this handshake: its deadline, for the re-run
   * that finds this TLSSocket among its arguments. */
  bool connecting;
  int64_t connect_deadline;
  char host[ADDRESS_TEXT_MAX]; /* may start with NUL: an abstract UNIX name */
  int host_length;
  char hostname[256];      /* the server_hostname checked; '' for none */
  /* The certificate verification rejected (one reference, taken by the
   * verify callback) and its depth in the chain (0: the peer's own), for
   * the exception that says why. */
  X509 *rejected;
  int rejected_depth;
  /* Plaintext read but not yet returned (kept when a read timed out or
   * its fiber parked). */
  Pending pending;
  OpenRecord record; /* in the list of open sockets while it has a descriptor */
  /* A send whose fiber parked: the message (reachable from the parked
   * call's arguments) and how much of it went out, for the re-run. */
  SendProgress send;
} TLSSocketObj;

/* A TLSSession: a session a client was given, and what it may be offered
 * to again. */
typedef struct {
  SSL_SESSION *session; /* one reference; NULL in a zeroed payload */
  SSL_CTX *ctx;         /* the context it came from (one reference) */
  char hostname[256];   /* the server_hostname checked; '' for none */
  bool verified;        /* the peer's certificate was verified */
  unsigned long checks; /* tls_session_checks() of ctx when it was made */
} TLSSessionObj;

/* Ends the doc text of a read-only property, before its example. */
#define READ_ONLY "\nRaises: PropertyError when set: it is read-only.\nExample: "

/* Results of an I/O step besides 0 and a positive errno. */
#define TLS_EPROTOCOL (-1) /* OpenSSL failed; reasons are in its queue */
#define TLS_ETRUNCATED (-2) /* the stream ended without close_notify */
#define TLS_ECLOSED (-3)    /* the peer sent close_notify */
#define TLS_EFILE (-4)      /* send_file could not read its file */

static inline TLSContextObj *tls_context_self(Value *args) { return sb_payload(args[-1]); }
static inline TLSSocketObj *tls_socket_self(Value *args) { return sb_payload(args[-1]); }

/* tls_context.c. The finalizer frees the SSL_CTX (no VM calls). */
void tls_context_release(void *payload);
bool tls_context_new(VM *vm, int argc, Value *args);
/* Makes c a fresh context of mode; false after raising. */
bool tls_context_init(VM *vm, TLSContextObj *c, int mode);
/* The SSL_CTX ex_data index for one kind of data, which free_data frees:
 * *index, a static of the caller (-1 at first), takes it from OpenSSL on
 * first use. OpenSSL's indexes are the process's, one serving every
 * context of every VM, so the static is per process too. */
int tls_ctx_index(int *index, CRYPTO_EX_free *free_data);

/* tls_alpn.c: the alpn property, kept with the SSL_CTX (ex_data). */
bool tls_alpn_get(VM *vm, int argc, Value *args);
bool tls_alpn_set(VM *vm, int argc, Value *args);

/* tls_session.c: session resumption. setup gives a new SSL_CTX of mode
 * its session handling; offer hands a client connection, before its
 * handshake, the session kept for its server, if any. */
void tls_session_setup(SSL_CTX *ctx, int mode);
/* The checks a handshake of ctx makes, as a number that changes with them:
 * whether it verifies, its revocation lists and CRL flags. A session is
 * resumed only under the checks it was made with. */
unsigned long tls_session_checks(SSL_CTX *ctx);
/* Gives a server's SSL_CTX the session id context of its checks; run
 * again whenever they change. */
void tls_session_id_context(SSL_CTX *ctx);
void tls_session_offer(TLSSocketObj *t);
bool tls_session_cache_get(VM *vm, int argc, Value *args);
bool tls_session_cache_set(VM *vm, int argc, Value *args);

/* tls_session_object.c: the TLSSession class (its properties and the
 * finalizer that frees the session) and TLSSocket.session. */
void tls_session_object_release(void *payload);
bool tls_socket_session_get(VM *vm, int argc, Value *args);
bool tls_socket_session_set(VM *vm, int argc, Value *args);

/* tls_sni.c: the sni property, and the traces that keep its function
 * (and a connection's context) alive. */
bool tls_sni_get(VM *vm, int argc, Value *args);
bool tls_sni_set(VM *vm, int argc, Value *args);
void tls_context_trace(VM *vm, void *payload);
void tls_socket_trace(VM *vm, void *payload);

/* tls_pha.c: post-handshake client authentication. */
bool tls_pha_get(VM *vm, int argc, Value *args);
bool tls_pha_set(VM *vm, int argc, Value *args);
bool tls_verify_client_post_handshake(VM *vm, int argc, Value *args);

/* tls_keylog.c: the keylog_file property; setup honours SSLKEYLOGFILE. */
void tls_keylog_setup(SSL_CTX *ctx);
bool tls_keylog_get(VM *vm, int argc, Value *args);
bool tls_keylog_set(VM *vm, int argc, Value *args);

/* tls_wrap.c: the wrap() method, and wrapping a connected Socket, which
 * is consumed, into a new TLSSocket for the TLSContext context (in *out). hostname is
 * NULL or the name the server's certificate must match. */
bool tls_context_wrap(VM *vm, int argc, Value *args);
bool tls_wrap_socket(VM *vm, Value context, SocketObj *s, const char *hostname,
                     bool server_side, Value *out);
/* ValueError naming argument `what` unless name is 1 to 253 bytes with
 * no NUL byte (a name checked against certificates must be exact). */
bool tls_check_hostname(VM *vm, const ObjString *name, const char *what);

/* tls_socket.c. The finalizer frees the SSL and closes the descriptor. */
void tls_socket_release(void *payload);
/* The collector's: warns (SABRE_WARN_UNCLOSED) when still open, releases. */
void tls_socket_finalize(void *payload);
/* The peer as text: "host:port", "[v6]:port", a path or "@name"; returns
 * its length (an abstract name may hold NUL bytes). */
int tls_endpoint_text(const TLSSocketObj *t, char out[ADDRESS_TEXT_MAX + 16]);
/* The deadline of the next send or receive, as socket_deadline. */
int64_t tls_deadline(const TLSSocketObj *t, bool sending);
/* After an SSL call returned rc: waits for what OpenSSL wants and returns
 * 0 to retry, or the errno / TLS_E* code that ends the operation, or
 * SB_PARKED: the fiber parked and the native must return false at once
 * (it runs again when the fiber wakes, so every native here can resume). */
int tls_step(VM *vm, TLSSocketObj *t, int rc, int64_t deadline);
/* Calls SSL_do_handshake until it returns 1 (the handshake, or a
 * post-handshake message, is done): 0, or what tls_step ended it with. */
int tls_run_handshake(VM *vm, TLSSocketObj *t, int64_t deadline);
/* Runs the handshake until it completes or deadline passes. */
bool tls_handshake(VM *vm, TLSSocketObj *t, int64_t deadline);
/* False after raising when closed; otherwise runs the handshake once. */
bool tls_check_ready(VM *vm, TLSSocketObj *t);

/* tls_errors.c */
/* A class of the ssl module by name ("TLSException", "TLSSocket", ...). */
ObjClass *tls_class(VM *vm, const char *name);
/* TLSException "Class.method(): <operation>: <OpenSSL's reasons>",
 * draining OpenSSL's error queue; .errno from a system error among them. */
bool tls_raise(VM *vm, const char *format, ...) SB_PRINTF(2, 3);
/* TLSException "Class.method(): <text>" with .errno err; no OpenSSL. */
bool tls_refuse(VM *vm, int err, const char *format, ...) SB_PRINTF(3, 4);
/* Raises for a code from tls_step: the socket module's class for an
 * errno (TimeoutError, ConnectionReset, ...), TLSException for the rest;
 * nothing for SB_PARKED. .operation is operation (the OpenSSL call, such
 * as "SSL_read") and .address the peer's. Returns false. */
bool tls_raise_code(VM *vm, const TLSSocketObj *t, int code, const char *operation,
                    const char *format, ...)
    SB_PRINTF(5, 6);
/* The verify callback: records in the TLSSocket the certificate that
 * failed, so that the TLSException can describe it. */
int tls_verify_callback(int ok, X509_STORE_CTX *store);

/* tls_bio.c: a socket BIO over fd that never waits in the kernel and whose
 * writes never raise SIGPIPE; NULL when OpenSSL is out of memory. */
BIO *tls_bio_new(int fd);

/* tls_cert.c: peer_certificate(), and text for messages: a time as
 * 2026-11-21T10:00:00Z and a name as CN=x, O=y. tls_cert_host_names is a
 * new list of the host names a certificate holds: its DNS and IP
 * subjectAltNames, else its subject's common name (*common_name true). */
bool tls_peer_certificate(VM *vm, int argc, Value *args);
void tls_time_text(const ASN1_TIME *time, char *text, size_t size);
void tls_name_text(const X509_NAME *name, char *text, size_t size);
ObjList *tls_cert_host_names(VM *vm, X509 *cert, bool *common_name);

#endif
