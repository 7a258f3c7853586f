/* The ssl module's exceptions: TLSException with OpenSSL's reasons (its
 * error queue is always drained, never left for the next call), the
 * socket module's classes for system errors and timeouts, and the verify
 * callback that records what failed so the message can say it:
 * "certificate verify failed: hostname mismatch (expected 'a', certificate
 * is for 'b')", with the verify code in .verify_code. */
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
  return vm_raise_errno(vm, tls_class(vm, "TLSException"), err, message);
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

/* The reasons, and for a failed verification its cause and detail. */
static bool raise_protocol(VM *vm, const TLSSocketObj *t, char *message) {
  int err = append_reasons(message);
  long verify = SSL_get_verify_result(t->ssl);
  bool failed = verify != X509_V_OK && strstr(message, "certificate verify failed") != NULL;
  if (failed) {
    append(message, MESSAGE_MAX, ": ");
    append(message, MESSAGE_MAX, X509_verify_cert_error_string(verify));
    if (t->verify_detail[0] != '\0') {
      append(message, MESSAGE_MAX, " (");
      append(message, MESSAGE_MAX, t->verify_detail);
      append(message, MESSAGE_MAX, ")");
    }
  }
  raise_tls(vm, err, message);
  if (failed) vm_set_exception_field(vm, "verify_code", NUMBER_VAL((double)verify));
  return false;
}

bool tls_raise_code(VM *vm, const TLSSocketObj *t, int code, const char *format, ...) {
  if (code == SB_PARKED) return false; /* not an error: the call runs again later */
  code = socket_timeout_cause(t->deadline, code);
  char message[MESSAGE_MAX];
  va_list ap;
  va_start(ap, format);
  if (code > 0) {
    vsnprintf(message, sizeof message, format, ap);
    va_end(ap);
    ERR_clear_error();
    return socket_raise(vm, code, "%s", message);
  }
  begin_message(vm, message, sizeof message, format, ap);
  va_end(ap);
  if (code == TLS_EPROTOCOL) return raise_protocol(vm, t, message);
  ERR_clear_error();
  append(message, sizeof message, ": ");
  append(message, sizeof message,
         !t->handshake_done    ? "the peer closed the connection during the handshake"
         : code == TLS_ECLOSED ? "the peer has closed the TLS connection (close_notify)"
                               : "the connection ended without a TLS close_notify, so the "
                                 "data may be truncated");
  return raise_tls(vm, 0, message);
}

/* What a verification failure was about, for the certificate at fault. */
static void describe_failure(TLSSocketObj *t, int code, X509 *cert) {
  char *detail = t->verify_detail;
  size_t size = sizeof t->verify_detail;
  char text[200] = "";
  switch (code) {
  case X509_V_ERR_HOSTNAME_MISMATCH:
  case X509_V_ERR_IP_ADDRESS_MISMATCH:
    tls_cert_names(cert, text, sizeof text);
    snprintf(detail, size, "expected '%s', certificate is for %s", t->hostname, text);
    return;
  case X509_V_ERR_CERT_HAS_EXPIRED:
    tls_time_text(X509_get0_notAfter(cert), text, sizeof text);
    snprintf(detail, size, "it expired on %s", text);
    return;
  case X509_V_ERR_CERT_NOT_YET_VALID:
    tls_time_text(X509_get0_notBefore(cert), text, sizeof text);
    snprintf(detail, size, "it is valid from %s", text);
    return;
  default:
    tls_name_text(X509_get_issuer_name(cert), text, sizeof text);
    snprintf(detail, size, "certificate issued by '%s'", text);
  }
}

int tls_verify_callback(int ok, X509_STORE_CTX *store) {
  if (ok) return ok;
  SSL *ssl = X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx());
  TLSSocketObj *t = ssl ? SSL_get_app_data(ssl) : NULL;
  X509 *cert = X509_STORE_CTX_get_current_cert(store);
  if (t != NULL && cert != NULL && t->verify_detail[0] == '\0')
    describe_failure(t, X509_STORE_CTX_get_error(store), cert);
  return ok;
}
