/* The socket module's constants (SOCK_*, SO_*, AF_*, IPPROTO_*, TCP_*,
 * IP_*, IPV6_*, MSG_*, SHUT_*, ...), defined in constants.c with this
 * system's values; a name the system lacks is there, marked unsupported. */
#ifndef SABRE_MODULES_SOCKET_SOCKET_CONSTANTS_H
#define SABRE_MODULES_SOCKET_SOCKET_CONSTANTS_H

#include "sabre.h"

/* {NULL}-terminated, for SbModule.constants. */
extern const SbConstant socket_constants[];

#endif
