/* The ssl module's exceptions: TLSException with OpenSSL's reasons (its
 * error queue is always drained, never left for the next call), the
 * socket module's classes for system errors and timeouts, and the verify
 * callback that keeps the certificate verification rejected, so that the
 * message and the exception's fields can say why: "certificate verify
 * failed: hostname mismatch (verify code 62); expected host 'a';
 * certificate is for 'b', issued by 'CN=CA', valid from ... to ...". */
#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tls.h"

#define MESSAGE_MAX 1024

ObjClass *tls_class(VM *vm, const char *name) {
  Value module;
  if (!table_get(&vm->modules, copy_cstring(vm, "ssl"), &module)) return NULL;
  return sb_module_class(vm, AS_MODULE(module), name);
}

static void append(char *text, size_t size, const char *part) {
  size_t used = strlen(text);
  if (used + 1 < size) snprintf(text + used, size - used, "%s", part);
}

/* Whether text already says reason ("No such file or directory" says
 * "no such file"), ignoring case. */
static bool says(const char *text, const char *reason) {
  size_t n = strlen(reason);
  for (; *text != '\0'; text++)
    if (strncasecmp(text, reason, n) == 0) return true;
  return false;
}

/* Reasons such as "system lib" and "PEM lib" only point at the entry of
 * another library, which the queue holds as well. */
static bool is_pointer(const char *reason) {
  size_t n = strlen(reason);
  return n > 4 && strcmp(reason + n - 4, " lib") == 0;
}

/* Appends the distinct reasons of OpenSSL's error queue to text, emptying
 * the queue; returns the errno of a system error among them, or 0. */
static int drain_reasons(char *text, size_t size) {
  int err = 0;
  unsigned long e;
  while ((e = ERR_get_error()) != 0) {
    const char *reason = ERR_reason_error_string(e);
    if (ERR_SYSTEM_ERROR(e)) {
      err = ERR_GET_REASON(e);
      reason = strerror(err);
    }
    if (reason == NULL) reason = "unknown OpenSSL error";
    if (says(text, reason) || (text[0] != '\0' && is_pointer(reason))) continue;
    if (text[0] != '\0') append(text, size, "; ");
    append(text, size, reason);
  }
  if (text[0] == '\0') append(text, size, "OpenSSL gave no reason");
  return err;
}

/* "Class.method(): <formatted>" in text. */
static void begin_message(VM *vm, char *text, size_t size, const char *format, va_list ap) {
  int n = snprintf(text, size, "%s(): ", native_current_name(vm));
  vsnprintf(text + n, size - (size_t)n, format, ap);
}

static bool raise_tls(VM *vm, int err, const char *message) {
  vm_raise_errno(vm, tls_class(vm, "TLSException"), err, message);
  socket_error_context(vm, NULL, NULL);
  return false;
}

bool tls_refuse(VM *vm, int err, const char *format, ...) {
  char message[MESSAGE_MAX];
  va_list ap;
  va_start(ap, format);
  begin_message(vm, message, sizeof message, format, ap);
  va_end(ap);
  return raise_tls(vm, err, message);
}

/* Appends ": <OpenSSL's reasons>" to message (of MESSAGE_MAX bytes),
 * draining the queue; returns the errno of a system error among them. */
static int append_reasons(char *message) {
  char reasons[MESSAGE_MAX] = "";
  int err = drain_reasons(reasons, sizeof reasons);
  append(message, MESSAGE_MAX, ": ");
  append(message, MESSAGE_MAX, reasons);
  return err;
}

bool tls_raise(VM *vm, const char *format, ...) {
  char message[MESSAGE_MAX];
  va_list ap;
  va_start(ap, format);
  begin_message(vm, message, sizeof message, format, ap);
  va_end(ap);
  return raise_tls(vm, append_reasons(message), message);
}

/* The rejected certificate as text: its issuer and validity dates. */
typedef struct {
  char issuer[256];
  char not_before[32];
  char not_after[32];
} CertText;

/* Appends "; expected host 'h'; certificate is for 'a', 'b', issued by
 * 'I', valid from A to B" to message (of MESSAGE_MAX bytes). */
static void describe_rejected(const TLSSocketObj *t, const ObjList *names, bool common_name,
                              const CertText *c, char *message) {
  char text[MESSAGE_MAX];
  if (t->hostname[0] != '\0') {
    snprintf(text, sizeof text, "; expected host '%s'", t->hostname);
    append(message, MESSAGE_MAX, text);
  }
  char place[40] = ""; /* a CA's certificate further up the chain */
  if (t->rejected_depth > 0)
    snprintf(place, sizeof place, " at depth %d of the chain", t->rejected_depth);
  snprintf(text, sizeof text, "; certificate%s %s", place,
           names->items.count ? "is for " : "holds no host name");
  append(message, MESSAGE_MAX, text);
  for (int i = 0; i < names->items.count; i++) {
    snprintf(text, sizeof text, "%s'%s'", i ? ", " : "", AS_CSTRING(names->items.values[i]));
    append(message, MESSAGE_MAX, text);
  }
  if (common_name) append(message, MESSAGE_MAX, " (its common name: it has no DNS or IP "
                                                "subjectAltName)");
  snprintf(text, sizeof text, ", issued by '%s', valid from %s to %s", c->issuer, c->not_before,
           c->not_after);
  append(message, MESSAGE_MAX, text);
}

static void set_text_field(VM *vm, const char *name, const char *text) {
  vm_set_exception_field(vm, name, OBJ_VAL(copy_cstring(vm, text)));
}

/* The verify code and its text, and what the rejected certificate holds,
 * in the message and as fields. */
static bool raise_rejected(VM *vm, const TLSSocketObj *t, long code, int err, char *message) {
  char text[MESSAGE_MAX];
  const char *reason = X509_verify_cert_error_string(code);
  snprintf(text, sizeof text, ": %s (verify code %ld)", reason, code);
  append(message, MESSAGE_MAX, text);
  X509 *cert = t->rejected;
  CertText c = {"", "", ""};
  bool common_name = false;
  Value names = NIL_VAL;
  if (cert != NULL) {
    tls_name_text(X509_get_issuer_name(cert), c.issuer, sizeof c.issuer);
    tls_time_text(X509_get0_notBefore(cert), c.not_before, sizeof c.not_before);
    tls_time_text(X509_get0_notAfter(cert), c.not_after, sizeof c.not_after);
    names = OBJ_VAL(tls_cert_host_names(vm, cert, &common_name));
    describe_rejected(t, AS_LIST(names), common_name, &c, message);
  }
  vm_push(vm, names);
  raise_tls(vm, err, message);
  vm_set_exception_field(vm, "verify_code", NUMBER_VAL((double)code));
  set_text_field(vm, "verify_message", reason);
  Value host = t->hostname[0] ? OBJ_VAL(copy_cstring(vm, t->hostname)) : NIL_VAL;
  vm_set_exception_field(vm, "expected_host", host);
  vm_set_exception_field(vm, "certificate_names", names);
  if (cert != NULL) {
    set_text_field(vm, "issuer", c.issuer);
    set_text_field(vm, "not_before", c.not_before);
    set_text_field(vm, "not_after", c.not_after);
  }
  vm_pop(vm);
  return false;
}

/* The reasons, and for a failed verification what was rejected and why. */
static bool raise_protocol(VM *vm, const TLSSocketObj *t, char *message) {
  int err = append_reasons(message);
  long verify = SSL_get_verify_result(t->ssl);
  if (verify != X509_V_OK && strstr(message, "certificate verify failed") != NULL)
    return raise_rejected(vm, t, verify, err, message);
  return raise_tls(vm, err, message);
}

/* The exception for code, without its .operation and .address. */
static void raise_for_code(VM *vm, const TLSSocketObj *t, int code, const char *format,
                           va_list ap) {
  char message[MESSAGE_MAX];
  if (code > 0) {
    vsnprintf(message, sizeof message, format, ap);
    ERR_clear_error();
    socket_raise(vm, code, NULL, NULL, "%s", message);
    return;
  }
  begin_message(vm, message, sizeof message, format, ap);
  if (code == TLS_EPROTOCOL) {
    raise_protocol(vm, t, message);
    return;
  }
  ERR_clear_error();
  append(message, sizeof message, ": ");
  append(message, sizeof message,
         !t->handshake_done    ? "the peer closed the connection during the handshake"
         : code == TLS_ECLOSED ? "the peer has closed the TLS connection (close_notify)"
                               : "the connection ended without a TLS close_notify, so the "
                                 "data may be truncated");
  raise_tls(vm, 0, message);
}

bool tls_raise_code(VM *vm, const TLSSocketObj *t, int code, const char *operation,
                    const char *format, ...) {
  if (code == SB_PARKED) return false; /* not an error: the call runs again later */
  code = socket_timeout_cause(t->deadline, code);
  va_list ap;
  va_start(ap, format);
  raise_for_code(vm, t, code, format, ap);
  va_end(ap);
  SockAddr peer;
  bool known = t->fd >= 0 && socket_endpoint(t->fd, t->host, t->port, t->family, &peer);
  socket_error_context(vm, operation, known ? &peer : NULL);
  return false;
}

int tls_verify_callback(int ok, X509_STORE_CTX *store) {
  if (ok) return ok;
  SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
  TLSSocketObj *t = ssl ? SSL_get_app_data(ssl) : NULL;
  X509 *cert = X509_STORE_CTX_get_current_cert(store);
  if (t != NULL && cert != NULL && t->rejected == NULL && X509_up_ref(cert)) {
    t->rejected = cert;
    t->rejected_depth = X509_STORE_CTX_get_error_depth(store);
  }
  return ok;
}
