/* IPAddress, the socket module's address class, and the C helpers the rest
 * of the module uses to read and write addresses: ip_parse accepts what
 * inet_pton does (plus [brackets] and a %scope suffix on IPv6), ip_format
 * writes the canonical text. An IPAddress object's payload is an IPValue. */
#ifndef SABRE_MODULES_SOCKET_IPADDRESS_H
#define SABRE_MODULES_SOCKET_IPADDRESS_H

#include <stdint.h>
#include <sys/socket.h>

#include "sabre.h"

typedef struct {
  int family; /* AF_INET or AF_INET6 */
  unsigned char bytes[16]; /* network order; IPv4 uses the first 4 */
  uint32_t scope_id; /* IPv6 interface index, 0 for none */
} IPValue;

/* Parses length bytes of text (no NUL needed); false when they are not an
 * address. A scope is a number or an interface name (if_nametoindex). */
bool ip_parse(const char *text, int length, IPValue *out);
/* Writes the canonical text with a NUL, "fe80::1%eth0" style (the interface
 * name, or the number when no interface has it); returns its length. */
int ip_format(const IPValue *ip, char out[64]);
/* The address an IPAddress object holds, or NULL when value is not one. */
IPValue *ip_value_of(Value value);

/* The IPAddress class as an initializer, for a module's static class table:
 * .classes = (const SbClass[]){IPADDRESS_CLASS, ..., {NULL}}. */
extern const char ipaddress_doc[], ipaddress_new_doc[];
extern const SbFunction ipaddress_methods[];
extern const SbProperty ipaddress_properties[];
bool ipaddress_new(VM *vm, int argc, Value *args);
#define IPADDRESS_CLASS                                                        \
  {"IPAddress", ipaddress_doc, NULL, {sizeof(IPValue), NULL, true},                 \
   {"IPAddress", ipaddress_new, 1, 1, ipaddress_new_doc},                      \
   (const SbFunction *const[]){ipaddress_methods, NULL},                       \
   ipaddress_properties}

#endif
