/* The TLSContext class: an SSL_CTX for clients or servers, its verify and
 * min_version properties, and loading trust anchors and the certificate
 * chain. Wrapping sockets is in tls_wrap.c and ALPN in tls_alpn.c. Safe
 * by default: clients verify the peer and check its name, and TLS 1.0
 * and 1.1 are never allowed. */
#include <errno.h>
#include <limits.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib_util.h"
#include "tls.h"

void tls_context_release(void *payload) {
  TLSContextObj *c = payload;
  SSL_CTX_free(c->ctx);
  c->ctx = NULL;
}

int tls_ctx_index(int *index, CRYPTO_EX_free *free_data) {
  if (*index < 0) *index = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, free_data);
  return *index;
}

#define TLS12_DEFAULT_CIPHERS \
  "ECDHE+AESGCM:ECDHE+CHACHA20:ECDHE+AES:DHE+AESGCM:DHE+CHACHA20:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM"

/* The verify mode that the verify flag means for this context. */
static int verify_mode(const TLSContextObj *c, bool verify) {
  if (!verify) return SSL_VERIFY_NONE;
  return c->mode == TLS_MODE_SERVER ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
                                    : SSL_VERIFY_PEER;
}

/* The password of an encrypted private key, as load_cert_chain() was
 * given it, and whether OpenSSL asked for one. */
typedef struct {
  const char *password; /* NULL: none given */
  size_t length;
  bool asked;
} KeyPassword;

/* OpenSSL's password callback: the given password, or none. Without it
 * OpenSSL would prompt on the terminal and wait for a key. */
static int give_password(char *buffer, int size, int writing, void *data) {
  (void)writing;
  KeyPassword *p = data;
  if (p == NULL) return 0;
  p->asked = true;
  if (p->password == NULL || p->length > (size_t)size) return 0;
  memcpy(buffer, p->password, p->length);
  return (int)p->length;
}

bool tls_context_init(VM *vm, TLSContextObj *c, int mode) {
  c->mode = mode;
  c->sni = NIL_VAL;
  c->ctx = SSL_CTX_new(mode == TLS_MODE_SERVER ? TLS_server_method() : TLS_client_method());
  if (c->ctx == NULL) return tls_raise(vm, "create a TLS context");
  SSL_CTX_set_min_proto_version(c->ctx, TLS1_2_VERSION);
  /* TLS 1.2's ciphers with forward secrecy and AEAD or SHA-2, as Python's
   * default context (OpenSSL's own default allows RSA key exchange and
   * SHA-1 CBC); TLS 1.3's suites are all of that kind. */
  if (!SSL_CTX_set_cipher_list(c->ctx, TLS12_DEFAULT_CIPHERS)) {
    SSL_CTX_free(c->ctx);
    c->ctx = NULL;
    return tls_raise(vm, "set the default ciphers");
  }
  SSL_CTX_set_verify(c->ctx, verify_mode(c, mode == TLS_MODE_CLIENT), NULL);
  SSL_CTX_set_mode(c->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  SSL_CTX_set_default_passwd_cb(c->ctx, give_password); /* never a prompt */
  tls_session_setup(c->ctx, mode);
  tls_keylog_setup(c->ctx);
  return true;
}

/* TLSContext(mode = CLIENT) */
bool tls_context_new(VM *vm, int argc, Value *args) {
  int mode = TLS_MODE_CLIENT;
  if (argc > 0) {
    if (!check_int_range(vm, args, 0, "mode", TLS_MODE_CLIENT, TLS_MODE_SERVER)) return false;
    mode = (int)AS_NUMBER(args[0]);
  }
  return tls_context_init(vm, tls_context_self(args), mode);
}

static bool get_verify(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_BOOL(SSL_CTX_get_verify_mode(tls_context_self(args)->ctx) != SSL_VERIFY_NONE);
}

static bool set_verify(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  if (!IS_BOOL(args[0])) return raise_arg_type(vm, args, 0, "verify", "a boolean");
  SSL_CTX_set_verify(c->ctx, verify_mode(c, AS_BOOL(args[0])), NULL);
  if (c->mode == TLS_MODE_SERVER) tls_session_id_context(c->ctx);
  RETURN_NIL;
}

static int max_version(SSL_CTX *ctx) {
  int version = (int)SSL_CTX_get_max_proto_version(ctx);
  return version == 0 ? TLS1_3_VERSION : version; /* 0: the newest OpenSSL has */
}

static bool get_min_version(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(SSL_CTX_get_min_proto_version(tls_context_self(args)->ctx));
}

static bool get_max_version(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(max_version(tls_context_self(args)->ctx));
}

/* Sets the oldest (min) or newest protocol version; the two may meet but
 * not cross. */
static bool set_version(VM *vm, Value *args, bool min) {
  const char *name = min ? "min_version" : "max_version";
  if (!check_number(vm, args, 0, name)) return false;
  double version = AS_NUMBER(args[0]);
  if (version != TLS1_2_VERSION && version != TLS1_3_VERSION)
    return vm_raise(vm, EXC_VALUE, "%s(): %s must be ssl.TLS1_2 or ssl.TLS1_3, got %g "
                    "(TLS 1.0 and 1.1 are refused)", native_current_name(vm), name, version);
  SSL_CTX *ctx = tls_context_self(args)->ctx;
  int other = min ? max_version(ctx) : (int)SSL_CTX_get_min_proto_version(ctx);
  if (min ? version > other : version < other)
    return vm_raise(vm, EXC_VALUE, "%s(): %s would be %s than %s", native_current_name(vm), name,
                    min ? "newer" : "older", min ? "max_version" : "min_version");
  if (min) SSL_CTX_set_min_proto_version(ctx, (int)version);
  else SSL_CTX_set_max_proto_version(ctx, (int)version);
  RETURN_NIL;
}

static bool set_min_version(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_version(vm, args, true);
}

static bool set_max_version(VM *vm, int argc, Value *args) {
  (void)argc;
  return set_version(vm, args, false);
}

/* The names of the ciphers the context may agree on, best first. */
static bool get_ciphers(VM *vm, int argc, Value *args) {
  (void)argc;
  STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(tls_context_self(args)->ctx);
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++)
    lib_list_append(vm, list, OBJ_VAL(copy_cstring(vm, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i)))));
  vm_pop(vm);
  RETURN_OBJ(list);
}

/* The lowest security level a cipher string names with @SECLEVEL=N, or
 * INT_MAX when it names none. */
static int named_security_level(const char *spec) {
  int lowest = INT_MAX;
  for (const char *at = strstr(spec, "@SECLEVEL="); at != NULL; at = strstr(at + 1, "@SECLEVEL=")) {
    int level = atoi(at + strlen("@SECLEVEL="));
    if (level < lowest) lowest = level;
  }
  return lowest;
}

static bool set_ciphers(VM *vm, int argc, Value *args) {
  (void)argc;
  if (!check_text(vm, args, 0, "ciphers")) return false;
  const char *spec = AS_CSTRING(args[0]);
  SSL_CTX *ctx = tls_context_self(args)->ctx;
  /* Below its level OpenSSL agrees on ciphers that authenticate no one
   * (aNULL) or encrypt nothing (eNULL), with verify still on. */
  int level = SSL_CTX_get_security_level(ctx);
  if (named_security_level(spec) < level)
    return vm_raise(vm, EXC_VALUE, "%s(): '%s' lowers OpenSSL's security level below %d, which "
                    "allows ciphers without authentication or encryption; only verify = false "
                    "turns checks off", native_current_name(vm), spec, level);
  if (!SSL_CTX_set_cipher_list(ctx, spec))
    return tls_raise(vm, "use the ciphers '%s'", spec);
  RETURN_NIL;
}

/* A path argument: a string without NUL bytes, or nil (NULL) when it is
 * optional. */
static bool path_arg(VM *vm, int argc, Value *args, int index, const char *name, bool required,
                     const char **path) {
  *path = NULL;
  if (!required && (index >= argc || IS_NIL(args[index]))) return true;
  if (!check_text(vm, args, index, name)) return false;
  *path = AS_CSTRING(args[index]);
  return true;
}

/* OpenSSL looks into a CA directory only when it needs a certificate, so
 * a directory that is not there is reported now; so is a file given as
 * the directory, or a directory as the file, which OpenSSL would report as
 * "Permission denied" or "no certificate or crl found". */
static bool check_directory(VM *vm, const char *dir) {
  struct stat st;
  if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
    return tls_refuse(vm, ENOTDIR, "load CA directory '%.300s': it is a file: pass it as ca_file",
                      dir);
  return access(dir, R_OK | X_OK) == 0 ||
         tls_refuse(vm, errno, "load CA directory '%.300s': %s", dir, strerror(errno));
}

static bool check_file(VM *vm, const char *file) {
  struct stat st;
  return stat(file, &st) != 0 || !S_ISDIR(st.st_mode) ||
         tls_refuse(vm, EISDIR, "load CA file '%.300s': it is a directory: pass it as ca_dir",
                    file);
}

/* load_verify_locations(ca_file = nil, ca_dir = nil) */
static bool load_verify_locations(VM *vm, int argc, Value *args) {
  TLSContextObj *c = tls_context_self(args);
  const char *file, *dir;
  if (!path_arg(vm, argc, args, 0, "ca_file", false, &file) ||
      !path_arg(vm, argc, args, 1, "ca_dir", false, &dir))
    return false;
  if (file == NULL && dir == NULL)
    return vm_raise(vm, EXC_VALUE, "%s(): give ca_file, ca_dir or both",
                    native_current_name(vm));
  if (file != NULL && !check_file(vm, file)) return false;
  if (file != NULL && !SSL_CTX_load_verify_file(c->ctx, file))
    return tls_raise(vm, "load CA file '%s'", file);
  if (dir != NULL && !check_directory(vm, dir)) return false;
  if (dir != NULL && !SSL_CTX_load_verify_dir(c->ctx, dir))
    return tls_raise(vm, "load CA directory '%s'", dir);
  c->ca_loaded = true;
  RETURN_NIL;
}

/* load_crl(crl_file, whole_chain = false) */
static bool load_crl(VM *vm, int argc, Value *args) {
  TLSContextObj *c = tls_context_self(args);
  X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
  const char *file;
  if (!path_arg(vm, argc, args, 0, "crl_file", true, &file)) return false;
  bool whole_chain = false;
  if (argc > 1) {
    if (!IS_BOOL(args[1])) return raise_arg_type(vm, args, 1, "whole_chain", "a boolean");
    whole_chain = AS_BOOL(args[1]);
  }
  X509_LOOKUP *lookup = X509_STORE_add_lookup(store, X509_LOOKUP_file());
  if (lookup == NULL || X509_load_crl_file(lookup, file, X509_FILETYPE_PEM) <= 0)
    return tls_raise(vm, "load CRL file '%s'", file);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | (whole_chain ? X509_V_FLAG_CRL_CHECK_ALL : 0));
  if (c->mode == TLS_MODE_SERVER) tls_session_id_context(c->ctx);
  RETURN_NIL;
}

static bool load_default_verify_paths(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  if (!SSL_CTX_set_default_verify_paths(c->ctx))
    return tls_raise(vm, "load the system trust store");
  c->ca_loaded = true;
  RETURN_NIL;
}

/* The password argument: nil, or a string or bytes of at most 1024 bytes. */
static bool password_arg(VM *vm, int argc, Value *args, KeyPassword *out) {
  *out = (KeyPassword){NULL, 0, false};
  if (argc < 3 || IS_NIL(args[2])) return true;
  if (!byte_contents(args[2], &out->password, &out->length))
    return raise_arg_type(vm, args, 2, "password", "a string or bytes");
  if (out->length <= PEM_BUFSIZE) return true;
  return vm_raise(vm, EXC_VALUE, "%s(): the password is %zu bytes; OpenSSL takes at most %d",
                  native_current_name(vm), out->length, PEM_BUFSIZE);
}

static bool load_private_key(VM *vm, SSL_CTX *ctx, const char *key, const char *cert,
                             KeyPassword *password) {
  SSL_CTX_set_default_passwd_cb_userdata(ctx, password);
  bool loaded = SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) == 1;
  SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
  if (loaded && SSL_CTX_check_private_key(ctx)) return true;
  if (ERR_GET_REASON(ERR_peek_last_error()) == X509_R_KEY_VALUES_MISMATCH)
    return tls_raise(vm, "private key '%s' does not match certificate '%s'", key, cert);
  if (password->asked && password->password == NULL) {
    ERR_clear_error();
    return tls_refuse(vm, EACCES, "the private key '%s' is encrypted: pass its password "
                      "(load_cert_chain(cert_file, key_file, password))", key);
  }
  if (password->asked) {
    ERR_clear_error();
    return tls_refuse(vm, EACCES, "the password does not decrypt the private key '%s'", key);
  }
  if (access(key, R_OK) != 0) return tls_raise(vm, "load private key '%s'", key);
  return tls_raise(vm, "load private key '%s', which holds no PEM private key ('-----BEGIN "
                     "PRIVATE KEY-----' or an EC or RSA one)", key);
}

/* load_cert_chain(cert_file, key_file = cert_file, password = nil) */
static bool load_cert_chain(VM *vm, int argc, Value *args) {
  SSL_CTX *ctx = tls_context_self(args)->ctx;
  const char *cert, *key;
  KeyPassword password;
  if (!path_arg(vm, argc, args, 0, "cert_file", true, &cert) ||
      !path_arg(vm, argc, args, 1, "key_file", false, &key) || !password_arg(vm, argc, args, &password))
    return false;
  if (key == NULL) key = cert;
  if (!SSL_CTX_use_certificate_chain_file(ctx, cert))
    return tls_raise(vm, "load certificate chain '%s'", cert);
  if (!load_private_key(vm, ctx, key, cert, &password)) return false;
  RETURN_NIL;
}

const SbFunction tls_context_methods[] = {
    {"load_verify_locations", load_verify_locations, 0, 2,
     "load_verify_locations(ca_file: string = nil, ca_dir: string = nil)\n"
     "Trusts the CA certificates in ca_file (PEM, one or more) and/or the hashed directory "
     "ca_dir for verifying peers. A client context that loads none uses the system trust "
     "store.\n"
     "Raises: ValueError when both are nil; TLSException naming the path and OpenSSL's "
     "reason when a file is missing or holds no certificate.\n"
     "Example: ctx.load_verify_locations('ca.pem')"},
    {"load_crl", load_crl, 1, 2,
     "load_crl(crl_file: string, whole_chain: bool = false)\n"
     "Loads the certificate revocation lists in crl_file (PEM, one or more) and turns on "
     "revocation checking: a peer whose certificate is revoked fails verification with "
     "verify code 23 ('certificate revoked'). From then on the peer's certificate needs a "
     "current CRL from its issuer, or verification fails with code 3 ('unable to get "
     "certificate CRL'); whole_chain = true checks every certificate of the chain, not "
     "only the peer's, from then on. Call it again to add the lists of other issuers.\n"
     "Raises: TLSException naming the path and OpenSSL's reason when the file is missing "
     "or holds no CRL; TypeError when whole_chain is not a boolean.\n"
     "Example: ctx.load_crl('ca.crl')"},
    {"load_default_verify_paths", load_default_verify_paths, 0, 0,
     "load_default_verify_paths()\n"
     "Trusts the system's CA certificates (honouring SSL_CERT_FILE and SSL_CERT_DIR). "
     "Client contexts do this by themselves when no CA was loaded.\n"
     "Raises: TLSException when OpenSSL cannot load them.\n"
     "Example: ctx.load_default_verify_paths()"},
    {"load_cert_chain", load_cert_chain, 1, 3,
     "load_cert_chain(cert_file: string, key_file: string = cert_file, password: string | "
     "bytes = nil)\n"
     "Uses the certificate chain in cert_file (PEM: the certificate, then its "
     "intermediates) and the private key in key_file to prove this side's identity: "
     "needed by servers, and by clients for mutual TLS. An encrypted key needs its "
     "password; nothing ever prompts for one on the terminal.\n"
     "Raises: TLSException naming the path and OpenSSL's reason when a file is missing "
     "or unreadable, or when the key does not match the certificate; TLSException with "
     "errno EACCES when the key is encrypted and no password, or a wrong one, was given; "
     "ValueError for a password over 1024 bytes.\n"
     "Example: ctx.load_cert_chain('server.pem', 'server.key')"},
    {"wrap", tls_context_wrap, 1, 3,
     "wrap(sock: Socket, server_hostname: string = nil, server_side: bool = "
     "mode == SERVER) -> TLSSocket\n"
     "Layers TLS over a connected Socket and returns the TLSSocket; the handshake runs on "
     "the first use or at handshake(). The Socket is consumed: the TLSSocket takes its "
     "connection, timeouts and blocking mode, and the Socket is closed. A "
     "client names the server it expects in server_hostname: it is sent as SNI (unless "
     "it is an IP address) and checked against the certificate, an internationalized "
     "name ('bücher.example') in its A-labels ('xn--bcher-kva.example'), a fully qualified "
     "name ('example.com.') without its trailing dot. Without it a verifying client refuses "
     "to connect.\n"
     "Raises: TypeError when sock is not a Socket; TLSException when it is closed, not "
     "connected or holds bytes received before the handshake, when server_hostname is "
     "missing while verify is on, or when a SERVER context has no certificate (and no sni "
     "function); ValueError when the side does not match the context's "
     "mode, a server is given a server_hostname, or server_hostname is neither an IP "
     "address (without brackets) nor a valid domain name.\n"
     "Example: var tls = ctx.wrap(sock, 'localhost')\ntls.handshake()  # -> true"},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty tls_context_properties[] = {
    {"verify", get_verify, set_verify,
     "verify: bool\nWhether the peer's certificate is checked. True by default for CLIENT "
     "contexts (chain and host name); false for SERVER contexts, where true requests and "
     "requires a client certificate (mutual TLS). Connections wrapped later follow it.\n"
     "Raises: TypeError for a value that is not a boolean.\n"
     "Example: ctx.verify = false   # tests only: accepts any certificate"},
    {"min_version", get_min_version, set_min_version,
     "min_version: number\nThe oldest protocol accepted: ssl.TLS1_2 (the default) or "
     "ssl.TLS1_3.\n"
     "Raises: ValueError for anything else (TLS 1.0 and 1.1 are refused), or for a "
     "version newer than max_version; TypeError for a value that is not a number.\n"
     "Example: ctx.min_version = ssl.TLS1_3"},
    {"max_version", get_max_version, set_max_version,
     "max_version: number\nThe newest protocol spoken: ssl.TLS1_3 (the default) or "
     "ssl.TLS1_2, to test or to reach a peer that mishandles TLS 1.3.\n"
     "Raises: ValueError for anything else, or for a version older than min_version; "
     "TypeError for a value that is not a number.\n"
     "Example: ctx.max_version = ssl.TLS1_2"},
    {"ciphers", get_ciphers, set_ciphers,
     "ciphers: list | string\nReading gives the names of the ciphers this context may "
     "agree on, best first (TLS 1.3's suites, then TLS 1.2's). By default TLS 1.2 uses "
     "only ciphers with forward secrecy (ECDHE, DHE) and AES-GCM, ChaCha20 or SHA-2, as "
     "Python's default context does. Setting takes an OpenSSL cipher string for TLS 1.2 "
     "('ECDHE+AESGCM', 'ECDHE-ECDSA-AES256-GCM-SHA384:...'); TLS 1.3's suites, all "
     "strong, stay as they are.\n"
     "Raises: TLSException when no cipher matches the string; ValueError for a string that "
     "lowers OpenSSL's security level (@SECLEVEL=0 would allow ciphers that authenticate "
     "no one or encrypt nothing while verify stays on); TypeError for a value that is not "
     "a string.\n"
     "Example: ctx.ciphers = 'ECDHE+AESGCM'"},
    {"alpn", tls_alpn_get, tls_alpn_set,
     "alpn: list\nThe application protocols offered (client) or accepted (server), in "
     "order of preference; [] (the default) for none. A server picks the first of its own "
     "list that the client offers, and none when they share none.\n"
     "Raises: TypeError or ValueError for anything but a list of 1 to 255 byte strings.\n"
     "Example: ctx.alpn = ['h2', 'http/1.1']"},
    {"session_cache", tls_session_cache_get, tls_session_cache_set,
     "session_cache: bool\nWhether connections resume earlier sessions; true by default. A "
     "CLIENT context keeps the latest session (a TLS 1.3 ticket, used once, or a TLS 1.2 "
     "session) of up to 64 servers, each known by its server_hostname and address, and "
     "offers it when it connects there again: the handshake then skips the certificate "
     "exchange (tls.session_reused tells). A SERVER context issues tickets and keeps a "
     "session cache. Either side resumes a session only under the checks it was made "
     "with: after verify is turned on or load_crl() adds a list, earlier sessions make "
     "full handshakes. False turns both off; TLSSocket.session keeps and offers sessions "
     "by hand.\n"
     "Raises: TypeError for a value that is not a boolean.\n"
     "Example: ctx.session_cache = false"},
    {"post_handshake_auth", tls_pha_get, tls_pha_set,
     "post_handshake_auth: bool\nWhether a CLIENT context lets servers ask for its "
     "certificate after the handshake (TLS 1.3; see "
     "TLSSocket.verify_client_post_handshake()), answering with the certificate of "
     "load_cert_chain(), or with none; false by default, as in OpenSSL. Set it before "
     "connecting.\n"
     "Raises: ValueError on a SERVER context; TypeError for a value that is not a "
     "boolean.\n"
     "Example: ctx.post_handshake_auth = true"},
    {"sni", tls_sni_get, tls_sni_set,
     "sni: function | nil\nOn a SERVER context, a function that picks the context serving "
     "each connection from the host name the client asks for (SNI): called with that name "
     "in lower case (nil when the client sent none, as for an IP address) before the "
     "handshake chooses anything, it returns the SERVER TLSContext to use, or nil to keep "
     "this one. The chosen context's certificate, verify (client certificates), versions, "
     "ciphers, ALPN and sessions then serve the connection, as if it had wrapped it; a "
     "session is resumed only by the context that made it. tls.server_name tells the name. "
     "nil (the default) serves every connection with this context.\n"
     "Raises: ValueError on a CLIENT context; TypeError for a value that is not callable. "
     "The handshake raises what the function raises (the client gets an internal_error "
     "alert), TypeError when it returns something else than a TLSContext or nil, and "
     "ValueError for a CLIENT context.\n"
     "Example: var server_ctx = ssl.TLSContext(ssl.SERVER)\n"
     "var other = ssl.TLSContext(ssl.SERVER)\n"
     "other.load_cert_chain('server.pem', 'server.key')\n"
     "server_ctx.sni = @(name) { return name == 'localhost' ? other : nil }"},
    {"keylog_file", tls_keylog_get, tls_keylog_set,
     "keylog_file: string | nil\nA file to which the secrets of every connection are "
     "appended in the NSS key log format, so that Wireshark can decrypt a capture while "
     "debugging; nil (the default) for none. A new context takes it from the SSLKEYLOGFILE "
     "environment variable, as curl and browsers do. The file is created readable by its "
     "owner only. Anyone who reads it can decrypt the traffic: never set it in production.\n"
     "Raises: OSError (with .errno) when the file cannot be opened; ValueError for an empty "
     "path or one with a NUL byte.\n"
     "Example: ctx.keylog_file = '/tmp/keys.log'"},
    {NULL, NULL, NULL, NULL},
};
