/* Address: an endpoint as a value (an IP address with its port and IPv6
 * scope, or a UNIX path), what peer_address() and local_address() return
 * and errors carry in .address. Two Address objects holding the same
 * endpoint are == and the same dictionary key (the class is by_value). */
#ifndef SABRE_MODULES_SOCKET_ADDRESS_VALUE_H
#define SABRE_MODULES_SOCKET_ADDRESS_VALUE_H

#include <sys/un.h>

#include "address.h"
#include "ipaddress.h"

typedef struct {
  IPValue ip;      /* ip.family is AF_INET, AF_INET6, or AF_UNIX for a path */
  int port;
  int path_length; /* AF_UNIX: bytes of path; an abstract name starts with NUL */
  char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
} AddressValue;

/* False for a family other than AF_INET, AF_INET6 and AF_UNIX. */
bool address_value_from_sockaddr(const SockAddr *in, AddressValue *out);
/* A new Address object for a system address, or nil for another family. */
Value address_object(VM *vm, const SockAddr *address);

extern const char address_doc[], address_new_doc[];
extern const SbFunction address_methods[];
extern const SbProperty address_properties[];
bool address_new(VM *vm, int argc, Value *args);
#define ADDRESS_CLASS                                                          \
  {"Address", address_doc, NULL, {sizeof(AddressValue), NULL, true, NULL},           \
   {"Address", address_new, 1, 2, address_new_doc},                            \
   (const SbFunction *const[]){address_methods, NULL}, address_properties}

#endif
