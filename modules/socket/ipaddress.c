/* IPAddress: an IPv4 or IPv6 address (parsed and printed by address.c).
 * IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are classified by
 * the IPv4 address they carry, so a peer seen through a dual-stack socket
 * is loopback or private as it would be over IPv4. */
#include <string.h>

#include "ipaddress.h"
#include "lib_utf8.h"

#define QUOTE_MAX 80 /* characters of bad input an error message quotes */

static const unsigned char mapped_prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

IPValue *ip_value_of(Value value) {
  if (!IS_FOREIGN(value)) return NULL;
  Value init = AS_FOREIGN(value)->klass->initializer;
  if (!IS_NATIVE(init) || AS_NATIVE(init)->fn != ipaddress_new) return NULL;
  return sb_payload(value);
}

/* The receiver of a method; NULL after raising when it is not an IPAddress. */
static IPValue *self_ip(VM *vm, Value *args) {
  IPValue *ip = ip_value_of(args[-1]);
  if (ip == NULL)
    vm_raise(vm, EXC_TYPE, "%s(): the receiver must be an IPAddress, got %s",
             native_current_name(vm), value_type_name(args[-1]));
  return ip;
}

static int address_length(const IPValue *ip) { return ip->family == AF_INET ? 4 : 16; }

static bool all_zero(const unsigned char *bytes, int count) {
  for (int i = 0; i < count; i++)
    if (bytes[i]) return false;
  return true;
}

static bool is_ipv4_mapped(const IPValue *ip) {
  return ip->family == AF_INET6 && memcmp(ip->bytes, mapped_prefix, 12) == 0;
}

/* The IPv4 address an address stands for (its own, or the one an IPv4-mapped
 * address carries), or NULL for any other IPv6 address. */
static const unsigned char *ipv4_of(const IPValue *ip) {
  if (ip->family == AF_INET) return ip->bytes;
  return is_ipv4_mapped(ip) ? ip->bytes + 12 : NULL;
}

static bool is_loopback(const IPValue *ip) {
  const unsigned char *v4 = ipv4_of(ip);
  return v4 ? v4[0] == 127 : all_zero(ip->bytes, 15) && ip->bytes[15] == 1;
}

static bool is_unspecified(const IPValue *ip) {
  const unsigned char *v4 = ipv4_of(ip);
  return v4 ? all_zero(v4, 4) : all_zero(ip->bytes, 16);
}

static bool is_multicast(const IPValue *ip) {
  const unsigned char *v4 = ipv4_of(ip);
  return v4 ? (v4[0] & 0xf0) == 224 : ip->bytes[0] == 0xff;
}

static bool is_private(const IPValue *ip) {
  const unsigned char *v4 = ipv4_of(ip);
  if (v4 == NULL) return (ip->bytes[0] & 0xfe) == 0xfc;
  return v4[0] == 10 || (v4[0] == 172 && (v4[1] & 0xf0) == 16) ||
         (v4[0] == 192 && v4[1] == 168);
}

static bool is_link_local(const IPValue *ip) {
  const unsigned char *v4 = ipv4_of(ip);
  return v4 ? v4[0] == 169 && v4[1] == 254
            : ip->bytes[0] == 0xfe && (ip->bytes[1] & 0xc0) == 0x80;
}

/* A property getter returning predicate(address). */
#define PREDICATE_GETTER(predicate)                              \
  static bool get_##predicate(VM *vm, int argc, Value *args) {   \
    (void)argc;                                                  \
    IPValue *ip = self_ip(vm, args);                             \
    if (ip == NULL) return false;                                \
    RETURN_BOOL(predicate(ip));                                  \
  }

PREDICATE_GETTER(is_loopback)
PREDICATE_GETTER(is_unspecified)
PREDICATE_GETTER(is_multicast)
PREDICATE_GETTER(is_private)
PREDICATE_GETTER(is_link_local)
PREDICATE_GETTER(is_ipv4_mapped)

static bool get_version(VM *vm, int argc, Value *args) {
  (void)argc;
  IPValue *ip = self_ip(vm, args);
  if (ip == NULL) return false;
  RETURN_NUMBER(ip->family == AF_INET ? 4 : 6);
}

bool ipaddress_new(VM *vm, int argc, Value *args) {
  (void)argc;
  IPValue *ip = self_ip(vm, args);
  if (ip == NULL || !check_string(vm, args, 0, "text")) return false;
  ObjString *text = AS_STRING(args[0]);
  if (ip_parse(text->chars, text->length, ip)) return true;
  int shown = 0; /* bytes quoted: up to QUOTE_MAX characters, stopping at a NUL */
  for (int chars = 0; chars < QUOTE_MAX && shown < text->length && text->chars[shown] != '\0';
       chars++)
    shown += utf8_char_size(text->chars, text->length, shown);
  return vm_raise(vm, EXC_VALUE, "%s(): '%.*s%s' is not an IPv4 or IPv6 address",
                  native_current_name(vm), shown, text->chars,
                  shown < text->length ? "..." : "");
}

static bool ipaddress_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  IPValue *ip = self_ip(vm, args);
  if (ip == NULL) return false;
  char text[64];
  int length = ip_format(ip, text);
  RETURN_OBJ(copy_string(vm, text, length));
}

static bool ipaddress_to_bytes(VM *vm, int argc, Value *args) {
  (void)argc;
  IPValue *ip = self_ip(vm, args);
  if (ip == NULL) return false;
  ObjBytes *bytes = new_bytes(vm, address_length(ip));
  memcpy(bytes->data, ip->bytes, (size_t)bytes->length);
  RETURN_OBJ(bytes);
}

static bool ipaddress_equals(VM *vm, int argc, Value *args) {
  (void)argc;
  IPValue *ip = self_ip(vm, args);
  if (ip == NULL) return false;
  RETURN_BOOL(value_keys_equal(args[-1], args[0])); /* a by-value class */
}

const char ipaddress_doc[] =
    "IPAddress(text: string)\n"
    "An IPv4 or IPv6 address, parsed once; == and dictionary keys compare by value. "
    "IPv4-mapped addresses (::ffff:a.b.c.d) are classified by their IPv4 address.\n"
    "Example: IPAddress('::ffff:127.0.0.1').is_loopback  # -> true";

const char ipaddress_new_doc[] =
    "IPAddress(text: string)\n"
    "Parses dotted IPv4 or any IPv6 form, also in [brackets] and with a %scope "
    "(interface name or index) on IPv6. Raises ValueError for other text.\n"
    "Example: IPAddress('[fe80::1%lo]').to_string()  # -> 'fe80::1%lo'";

const SbFunction ipaddress_methods[] = {
    {"to_string", ipaddress_to_string, 0, 0,
     "to_string() -> string\n"
     "The canonical text: shortest IPv6 form, lower case, with the %scope if any.\n"
     "Example: IPAddress('0:0::0001').to_string()  # -> '::1'"},
    {"@to_string", ipaddress_to_string, 0, 0,
     "@to_string() -> string\nWhat echo prints: the same text as to_string()."},
    {"to_bytes", ipaddress_to_bytes, 0, 0,
     "to_bytes() -> bytes\n"
     "The address in network byte order: 4 bytes for IPv4, 16 for IPv6.\n"
     "Example: IPAddress('10.0.0.1').to_bytes()  # -> bytes([10, 0, 0, 1])"},
    {"equals", ipaddress_equals, 1, 1,
     "equals(other: any) -> bool\n"
     "Whether other is an IPAddress with the same version, bytes and scope, as == "
     "does; IPAddress values are also dictionary keys by value.\n"
     "Example: IPAddress('::1').equals(IPAddress('0::1'))  # -> true"},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty ipaddress_properties[] = {
    {"version", get_version, NULL,
     "version: number\n4 or 6; an IPv4-mapped address is 6.\nIPAddress('::1').version  # 6"},
    {"is_loopback", get_is_loopback, NULL,
     "is_loopback: bool\nWhether the address is in 127.0.0.0/8 or is ::1.\n"
     "Example: IPAddress('::1').is_loopback  # -> true"},
    {"is_unspecified", get_is_unspecified, NULL,
     "is_unspecified: bool\nWhether the address is 0.0.0.0 or ::, the any address.\n"
     "Example: IPAddress('::').is_unspecified  # -> true"},
    {"is_multicast", get_is_multicast, NULL,
     "is_multicast: bool\nWhether the address is in 224.0.0.0/4 or ff00::/8.\n"
     "Example: IPAddress('ff02::1').is_multicast  # -> true"},
    {"is_private", get_is_private, NULL,
     "is_private: bool\n"
     "Whether the address is in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or fc00::/7.\n"
     "Example: IPAddress('192.168.1.1').is_private  # -> true"},
    {"is_link_local", get_is_link_local, NULL,
     "is_link_local: bool\nWhether the address is in 169.254.0.0/16 or fe80::/10.\n"
     "Example: IPAddress('fe80::1').is_link_local  # -> true"},
    {"is_ipv4_mapped", get_is_ipv4_mapped, NULL,
     "is_ipv4_mapped: bool\nWhether the address is an IPv6 ::ffff:a.b.c.d address.\n"
     "Example: IPAddress('::ffff:1.2.3.4').is_ipv4_mapped  # -> true"},
    {NULL, NULL, NULL, NULL},
};

