/* ALPN: the TLSContext.alpn property. The protocol list is kept in the
 * SSL_CTX's ex_data in wire format (length-prefixed names), freed with
 * the SSL_CTX, so connections that outlive their TLSContext object still
 * see it. Clients offer it; servers pick the first of their own list
 * that the client offers, and go on without ALPN when there is none. */
#include <stdlib.h>

#include "lib_util.h"
#include "tls.h"

#define ALPN_MAX 65535 /* the wire list's length is a 16-bit field */

typedef struct {
  unsigned int length;
  unsigned char data[];
} Wire;

static void free_wire(void *parent, void *wire, CRYPTO_EX_DATA *ad, int index, long argl,
                      void *argp) {
  (void)parent, (void)ad, (void)index, (void)argl, (void)argp;
  free(wire);
}

static int wire_index(void) {
  static int index = -1;
  return tls_ctx_index(&index, free_wire);
}

static const Wire *wire_of(SSL_CTX *ctx) { return SSL_CTX_get_ex_data(ctx, wire_index()); }

static int select_protocol(SSL *ssl, const unsigned char **out, unsigned char *out_length,
                           const unsigned char *offered, unsigned int offered_length,
                           void *arg) {
  (void)arg;
  const Wire *wire = wire_of(SSL_get_SSL_CTX(ssl));
  unsigned char *chosen;
  if (wire == NULL || SSL_select_next_proto(&chosen, out_length, wire->data, wire->length,
                                            offered, offered_length) != OPENSSL_NPN_NEGOTIATED)
    return SSL_TLSEXT_ERR_NOACK;
  *out = chosen;
  return SSL_TLSEXT_ERR_OK;
}

bool tls_alpn_get(VM *vm, int argc, Value *args) {
  (void)argc;
  const Wire *wire = wire_of(tls_context_self(args)->ctx);
  ObjList *list = new_list(vm);
  vm_push(vm, OBJ_VAL(list));
  for (unsigned int i = 0; wire != NULL && i < wire->length; i += 1u + wire->data[i])
    lib_list_append(vm, list, OBJ_VAL(copy_string(vm, (const char *)wire->data + i + 1,
                                                  wire->data[i])));
  vm_pop(vm);
  RETURN_OBJ(list);
}

/* The wire form of a list of names in *out; false after raising. */
static bool wire_from_list(VM *vm, Value *args, Wire **out) {
  if (!check_list(vm, args, 0, "alpn")) return false;
  ObjList *list = AS_LIST(args[0]);
  size_t total = 0;
  for (int i = 0; i < list->items.count; i++) {
    Value name = list->items.values[i];
    if (!IS_STRING(name))
      return vm_raise(vm, EXC_TYPE, "%s(): alpn[%d] must be a string, got %s",
                      native_current_name(vm), i, value_type_name(name));
    int length = AS_STRING(name)->length;
    if (length < 1 || length > 255 || (total += 1u + (size_t)length) > ALPN_MAX)
      return vm_raise(vm, EXC_VALUE, "%s(): alpn[%d] must be 1 to 255 bytes long, and the "
                      "list at most %d bytes", native_current_name(vm), i, ALPN_MAX);
  }
  Wire *wire = malloc(sizeof *wire + total);
  if (wire == NULL) return vm_raise(vm, EXC_VALUE, "%s(): out of memory", native_current_name(vm));
  wire->length = 0;
  for (int i = 0; i < list->items.count; i++) {
    ObjString *name = AS_STRING(list->items.values[i]);
    wire->data[wire->length++] = (unsigned char)name->length;
    memcpy(wire->data + wire->length, name->chars, (size_t)name->length);
    wire->length += (unsigned int)name->length;
  }
  *out = wire;
  return true;
}

bool tls_alpn_set(VM *vm, int argc, Value *args) {
  (void)argc;
  TLSContextObj *c = tls_context_self(args);
  Wire *wire = NULL;
  if (!wire_from_list(vm, args, &wire)) return false;
  free((void *)wire_of(c->ctx));
  SSL_CTX_set_ex_data(c->ctx, wire_index(), wire);
  if (c->mode == TLS_MODE_SERVER) SSL_CTX_set_alpn_select_cb(c->ctx, select_protocol, NULL);
  else if (SSL_CTX_set_alpn_protos(c->ctx, wire->length ? wire->data : NULL, wire->length) != 0)
    return tls_raise(vm, "set the ALPN protocols");
  RETURN_NIL;
}
