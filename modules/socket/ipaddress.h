/* IPAddress, the socket module's IP address class. An IPAddress object's
 * payload is an IPValue (address.h). */
#ifndef SABRE_MODULES_SOCKET_IPADDRESS_H
#define SABRE_MODULES_SOCKET_IPADDRESS_H

#include "address.h"
#include "sabre.h"

/* The address an IPAddress object holds, or NULL when value is not one. */
IPValue *ip_value_of(Value value);

/* The IPAddress class as an initializer, for a module's static class table:
 * .classes = (const SbClass[]){IPADDRESS_CLASS, ..., {NULL}}. */
extern const char ipaddress_doc[], ipaddress_new_doc[];
extern const SbFunction ipaddress_methods[];
extern const SbProperty ipaddress_properties[];
bool ipaddress_new(VM *vm, int argc, Value *args);
#define IPADDRESS_CLASS                                                        \
  {"IPAddress", ipaddress_doc, NULL, {sizeof(IPValue), NULL, true, NULL},                 \
   {"IPAddress", ipaddress_new, 1, 1, ipaddress_new_doc},                      \
   (const SbFunction *const[]){ipaddress_methods, NULL},                       \
   ipaddress_properties}

#endif
