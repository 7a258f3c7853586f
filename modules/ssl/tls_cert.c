/* Certificates as Sabre values and text, all read through OpenSSL's
 * accessors: peer_certificate() as a dictionary, and the names, times and
 * distinguished names that verification failure messages quote. */
#include <arpa/inet.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <stdio.h>
#include <time.h>

#include "lib_util.h"
#include "tls.h"

void tls_time_text(const ASN1_TIME *time, char *text, size_t size) {
  struct tm tm;
  if (time == NULL || !ASN1_TIME_to_tm(time, &tm) || strftime(text, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
    snprintf(text, size, "an unreadable time");
}

void tls_name_text(const X509_NAME *name, char *text, size_t size) {
  BIO *bio = BIO_new(BIO_s_mem());
  int n = bio ? X509_NAME_print_ex(bio, name, 0, XN_FLAG_ONELINE & ~XN_FLAG_SPC_EQ) : -1;
  int got = n >= 0 ? BIO_read(bio, text, (int)size - 1) : 0;
  text[got > 0 ? got : 0] = '\0';
  BIO_free(bio);
}

/* A subjectAltName as "DNS:name" / "IP:address" (prefixed), or just the
 * name; false for kinds that are not shown. */
static bool alt_name_text(const GENERAL_NAME *name, bool prefixed, char *text, size_t size) {
  const char *kind = name->type == GEN_DNS ? "DNS" : name->type == GEN_IPADD ? "IP"
                     : name->type == GEN_EMAIL ? "email" : name->type == GEN_URI ? "URI" : NULL;
  if (kind == NULL) return false;
  const ASN1_STRING *value = name->d.ia5; /* the same member for every kind shown */
  const unsigned char *data = ASN1_STRING_get0_data(value);
  int length = ASN1_STRING_length(value);
  char address[INET6_ADDRSTRLEN] = "?";
  if (name->type == GEN_IPADD) {
    if (length == 4 || length == 16)
      inet_ntop(length == 4 ? AF_INET : AF_INET6, data, address, sizeof address);
    data = (const unsigned char *)address;
    length = (int)strlen(address);
  }
  snprintf(text, size, "%s%s%.*s", prefixed ? kind : "", prefixed ? ":" : "", length,
           (const char *)data);
  return true;
}

ObjList *tls_cert_host_names(VM *vm, X509 *cert, bool *common_name) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  GENERAL_NAMES *names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    char text[300];
    const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
    if ((name->type == GEN_DNS || name->type == GEN_IPADD) &&
        alt_name_text(name, false, text, sizeof text))
      lib_list_append(vm, list, OBJ_VAL(copy_cstring(vm, text)));
  }
  GENERAL_NAMES_free(names);
  char cn[256];
  *common_name = list->items.count == 0 &&
      X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn) > 0;
  if (*common_name) lib_list_append(vm, list, OBJ_VAL(copy_cstring(vm, cn)));
  vm_pop(vm);
  return list;
}

static void set_text(VM *vm, ObjDict *dict, const char *key, const char *text) {
  dict_set_cstr(vm, dict, key, OBJ_VAL(copy_cstring(vm, text)));
}

/* {CN: ..., O: ...}: one value per attribute, the last when repeated. */
static ObjDict *name_dict(VM *vm, const X509_NAME *name) {
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
    char key[80];
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
    if (nid != NID_undef) snprintf(key, sizeof key, "%s", OBJ_nid2sn(nid));
    else OBJ_obj2txt(key, sizeof key, X509_NAME_ENTRY_get_object(entry), 1);
    unsigned char *value = NULL;
    int length = ASN1_STRING_to_UTF8(&value, X509_NAME_ENTRY_get_data(entry));
    if (length < 0) continue;
    dict_set_cstr(vm, dict, key, OBJ_VAL(copy_string(vm, (const char *)value, length)));
    OPENSSL_free(value);
  }
  vm_pop(vm);
  return dict;
}

static ObjList *alt_names_list(VM *vm, X509 *cert) {
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  GENERAL_NAMES *names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    char text[300];
    if (alt_name_text(sk_GENERAL_NAME_value(names, i), true, text, sizeof text))
      lib_list_append(vm, list, OBJ_VAL(copy_cstring(vm, text)));
  }
  GENERAL_NAMES_free(names);
  vm_pop(vm);
  return list;
}

static void set_serial(VM *vm, ObjDict *dict, X509 *cert) {
  BIGNUM *number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
  char *hex = number ? BN_bn2hex(number) : NULL;
  set_text(vm, dict, "serial", hex ? hex : "");
  OPENSSL_free(hex);
  BN_free(number);
}

/* The SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints
 * it ("AB:CD:..."), for pinning a certificate. */
static void set_fingerprint(VM *vm, ObjDict *dict, X509 *cert) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  char text[3 * EVP_MAX_MD_SIZE + 1] = "";
  if (!X509_digest(cert, EVP_sha256(), digest, &length) ||
      !OPENSSL_buf2hexstr_ex(text, sizeof text, NULL, digest, length, ':'))
    text[0] = '\0';
  set_text(vm, dict, "fingerprint_sha256", text);
}

/* The certificate itself: its DER bytes and its PEM text. */
static void set_encodings(VM *vm, ObjDict *dict, X509 *cert) {
  unsigned char *der = NULL;
  int length = i2d_X509(cert, &der);
  ObjBytes *bytes = new_bytes(vm, length > 0 ? length : 0);
  if (length > 0) memcpy(bytes->data, der, (size_t)length);
  OPENSSL_free(der);
  dict_set_cstr(vm, dict, "der", OBJ_VAL(bytes));
  BIO *bio = BIO_new(BIO_s_mem());
  char *pem = NULL;
  long size = bio != NULL && PEM_write_bio_X509(bio, cert) ? BIO_get_mem_data(bio, &pem) : 0;
  dict_set_cstr(vm, dict, "pem", OBJ_VAL(new_string(vm, pem, size > 0 ? (int)size : 0)));
  BIO_free(bio);
}

static ObjDict *certificate_dict(VM *vm, X509 *cert) {
  char text[64];
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  dict_set_cstr(vm, dict, "subject", OBJ_VAL(name_dict(vm, X509_get_subject_name(cert))));
  dict_set_cstr(vm, dict, "issuer", OBJ_VAL(name_dict(vm, X509_get_issuer_name(cert))));
  tls_time_text(X509_get0_notBefore(cert), text, sizeof text);
  set_text(vm, dict, "not_before", text);
  tls_time_text(X509_get0_notAfter(cert), text, sizeof text);
  set_text(vm, dict, "not_after", text);
  set_serial(vm, dict, cert);
  dict_set_cstr(vm, dict, "subject_alt_names", OBJ_VAL(alt_names_list(vm, cert)));
  dict_set_cstr(vm, dict, "version", NUMBER_VAL((double)X509_get_version(cert) + 1));
  set_fingerprint(vm, dict, cert);
  set_encodings(vm, dict, cert);
  vm_pop(vm);
  return dict;
}

bool tls_peer_certificate(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSSocketObj *t = tls_socket_self(args);
  if (!tls_check_ready(vm, t)) return false;
  X509 *cert = SSL_get0_peer_certificate(t->ssl);
  if (cert == NULL) RETURN_NIL;
  RETURN_OBJ(certificate_dict(vm, cert));
}
