/* Address values (see address_value.h): parsing "ip:port", "[v6]:port"
 * and UNIX paths, converting system addresses, and the script class. */
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "address_value.h"
#include "socket_obj.h"

/* A decimal port of 1 to 5 digits, at most 65535. */
static bool parse_port(const char *text, int length, int *port) {
  if (length < 1 || length > 5) return false;
  int value = 0;
  for (int i = 0; i < length; i++) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  *port = value;
  return value <= 65535;
}

/* "ip", "ip:port", "[v6]", "[v6]:port" (a scope allowed in the v6 forms). */
static bool parse_ip_endpoint(const char *text, int length, AddressValue *out) {
  int split = -1; /* the colon before the port */
  if (length > 0 && text[0] == '[') {
    const char *close = memchr(text, ']', (size_t)length);
    if (close == NULL) return false;
    int after = (int)(close - text) + 1;
    if (after < length) {
      if (text[after] != ':') return false;
      split = after;
    }
  } else {
    const char *first = memchr(text, ':', (size_t)length);
    if (first && !memchr(first + 1, ':', (size_t)(length - (first + 1 - text))))
      split = (int)(first - text);
  }
  if (!ip_parse(text, split < 0 ? length : split, &out->ip)) return false;
  return split < 0 || parse_port(text + split + 1, length - split - 1, &out->port);
}

static bool is_unix_path(const char *text, int length) {
  return length > 0 && (text[0] == '/' || text[0] == '.' || text[0] == '@' || text[0] == '\0');
}

/* A path as given ('@' or NUL first for an abstract name); false when it
 * does not fit. */
static bool set_path(const char *text, int length, AddressValue *out) {
  SockAddr system;
  if (address_unix(text, (size_t)length, &system) != 0) return false;
  return address_value_from_sockaddr(&system, out);
}

bool address_value_from_sockaddr(const SockAddr *in, AddressValue *out) {
  memset(out, 0, sizeof *out);
  const struct sockaddr *sa = (const struct sockaddr *)&in->storage;
  if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *v4 = (const struct sockaddr_in *)sa;
    memcpy(out->ip.bytes, &v4->sin_addr, 4);
    out->port = ntohs(v4->sin_port);
  } else if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)sa;
    memcpy(out->ip.bytes, &v6->sin6_addr, 16);
    out->ip.scope_id = v6->sin6_scope_id;
    out->port = ntohs(v6->sin6_port);
  } else if (sa->sa_family == AF_UNIX) {
    char path[ADDRESS_TEXT_MAX];
    int port;
    out->path_length = address_format(in, path, &port);
    memcpy(out->path, path, (size_t)out->path_length);
  } else {
    return false;
  }
  out->ip.family = sa->sa_family;
  return true;
}

/* The text of an address: "1.2.3.4:80", "[::1%lo]:80", a path or "@name";
 * returns its length. */
static int address_text(const AddressValue *a, char out[ADDRESS_TEXT_MAX + 16]) {
  if (a->ip.family == AF_UNIX) return address_endpoint_text(AF_UNIX, a->path, a->path_length, 0, out);
  char ip[64];
  int length = ip_format(&a->ip, ip);
  return address_endpoint_text(a->ip.family, ip, length, a->port, out);
}

static AddressValue *self_address(Value *args) { return sb_payload(args[-1]); }

Value address_object(VM *vm, const SockAddr *address) {
  AddressValue value;
  if (!address_value_from_sockaddr(address, &value)) return NIL_VAL;
  ObjForeign *object = new_foreign(vm, socket_class(vm, "Address"));
  memcpy(object->payload, &value, sizeof value);
  return OBJ_VAL(object);
}

/* Address(text) or Address(ip, port) */
bool address_new(VM *vm, int argc, Value *args) {
  AddressValue *a = self_address(args);
  if (!check_string(vm, args, 0, argc > 1 ? "ip" : "text")) return false;
  ObjString *text = AS_STRING(args[0]);
  bool ok;
  if (argc > 1 && !IS_NIL(args[1])) {
    if (!check_int_range(vm, args, 1, "port", 0, 65535)) return false;
    ok = ip_parse(text->chars, text->length, &a->ip);
    a->port = (int)AS_NUMBER(args[1]);
  } else if (is_unix_path(text->chars, text->length)) {
    ok = set_path(text->chars, text->length, a);
  } else {
    ok = parse_ip_endpoint(text->chars, text->length, a);
  }
  if (ok) return true;
  memset(a, 0, sizeof *a);
  return vm_raise(vm, EXC_VALUE,
                  "%s(): '%.100s%s' is not %s", native_current_name(vm), text->chars,
                  text->length > 100 ? "..." : "",
                  argc > 1 && !IS_NIL(args[1]) ? "an IPv4 or IPv6 address"
                  : is_unix_path(text->chars, text->length)
                      ? "a UNIX socket path this system accepts"
                      : "an address: expected 'ip:port', '[ipv6]:port', an IP or a path");
}

static bool address_to_string(VM *vm, int argc, Value *args) {
  (void)argc;
  char text[ADDRESS_TEXT_MAX + 16];
  int length = address_text(self_address(args), text);
  RETURN_OBJ(copy_string(vm, text, length));
}

static bool get_family(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(self_address(args)->ip.family);
}

static bool get_ip(VM *vm, int argc, Value *args) {
  (void)argc;
  const AddressValue *a = self_address(args);
  if (a->ip.family == AF_UNIX) RETURN_NIL;
  char text[64];
  int length = ip_format(&a->ip, text);
  RETURN_OBJ(copy_string(vm, text, length));
}

static bool get_port(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(self_address(args)->port);
}

static bool get_scope_id(VM *vm, int argc, Value *args) {
  (void)vm, (void)argc;
  RETURN_NUMBER(self_address(args)->ip.scope_id);
}

static bool get_path(VM *vm, int argc, Value *args) {
  (void)argc;
  const AddressValue *a = self_address(args);
  if (a->ip.family != AF_UNIX) RETURN_NIL;
  char text[ADDRESS_TEXT_MAX + 16];
  int length = address_text(a, text);
  RETURN_OBJ(copy_string(vm, text, length));
}

const char address_doc[] =
    "Address(text: string) or Address(ip: string, port: number)\n"
    "An endpoint as a value: an IPv4 or IPv6 address with its port (and IPv6 scope), or a "
    "UNIX socket path. Two Addresses of the same endpoint are == and the same dictionary "
    "key. peer_address() and local_address() return one, and a SocketException's .address "
    "holds one.\n"
    "Example: Address('[::1]:8080').port  # -> 8080";

const char address_new_doc[] =
    "Address(text: string) or Address(ip: string, port: number)\n"
    "Parses 'a.b.c.d:port', '[ipv6]:port' (with an optional %scope), a bare IP (port 0), "
    "or a UNIX path: one starting with '/' or '.', or '@name' for a Linux abstract name. "
    "Names are not resolved. Raises ValueError for other text.\n"
    "Example: Address('127.0.0.1', 80) == Address('127.0.0.1:80')  # -> true";

const SbFunction address_methods[] = {
    {"to_string", address_to_string, 0, 0,
     "to_string() -> string\n"
     "'a.b.c.d:port', '[ipv6%scope]:port', the path, or '@name'; Address() parses it back.\n"
     "Example: Address('::1', 443).to_string()  # -> '[::1]:443'"},
    {"@to_string", address_to_string, 0, 0,
     "@to_string() -> string\nWhat echo prints: the same text as to_string()."},
    {NULL, NULL, 0, 0, NULL},
};

const SbProperty address_properties[] = {
    {"family", get_family, NULL, "family: number\nAF_INET, AF_INET6 or AF_UNIX."},
    {"ip", get_ip, NULL,
     "ip: string\nThe IP address as text (with its %scope), or nil for a UNIX path.\n"
     "Example: Address('[::1]:80').ip  # -> '::1'"},
    {"port", get_port, NULL, "port: number\nThe port; 0 for a UNIX path."},
    {"scope_id", get_scope_id, NULL,
     "scope_id: number\nThe IPv6 interface index of a link-local address, else 0.\n"
     "Example: Address('[fe80::1%1]:80').scope_id  # -> 1"},
    {"path", get_path, NULL,
     "path: string\nThe UNIX socket path ('@name' for an abstract name), or nil for an IP "
     "address."},
    {NULL, NULL, NULL, NULL},
};
