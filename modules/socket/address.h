/* Addresses: turning a host and port, or a UNIX path, into a SockAddr
 * (numeric text parsed directly, names through getaddrinfo), and a
 * SockAddr back into text. No VM types. */
#ifndef SABRE_MODULES_SOCKET_ADDRESS_H
#define SABRE_MODULES_SOCKET_ADDRESS_H

#include <netdb.h>
#include <stdbool.h>
#include <stdint.h>

#include "sockos.h"

typedef struct {
  int family; /* AF_INET or AF_INET6 */
  unsigned char bytes[16]; /* network order; IPv4 uses the first 4 */
  uint32_t scope_id; /* IPv6 interface index, 0 for none */
} IPValue;

/* Parses length bytes of text (no NUL needed): what inet_pton accepts,
 * plus [brackets] and a %scope (a number or an interface name) on IPv6;
 * false when they are not an address. */
bool ip_parse(const char *text, int length, IPValue *out);
/* Writes the canonical text with a NUL, "fe80::1%eth0" style (the interface
 * name, or the number when no interface has it); returns its length. */
int ip_format(const IPValue *ip, char out[64]);

/* Room for an IPv6 address with a scope, or a UNIX path. */
#define ADDRESS_TEXT_MAX 128

/* Resolves host for family (AF_INET, AF_INET6 or AF_UNSPEC) and socket
 * type into the first address found. Returns 0, an errno (> 0), or a
 * getaddrinfo error code (< 0, EAI_*). */
int address_resolve(const char *host, int port, int family, int type, SockAddr *out);
/* Parses host when it is a numeric IPv4 or IPv6 address in any form
 * ip_parse takes, a %scope included (of family, or either for AF_UNSPEC);
 * false for a name, which needs the resolver. */
bool address_numeric(const char *host, int port, int family, SockAddr *out);
/* Every address for host, in getaddrinfo's order; free with freeaddrinfo. */
int address_resolve_all(const char *host, int port, int family, int type,
                        struct addrinfo **list);
/* Not an EAI_ code: the name has non-ASCII labels that are no valid
 * internationalized domain name (see idna.h), so it was never looked up. */
enum { ADDRESS_NOT_IDNA = -2000 };
/* getaddrinfo with its outcome as above: 0, an errno, an EAI_ code or
 * ADDRESS_NOT_IDNA. A name with non-ASCII labels is looked up by its
 * A-labels. */
int address_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                        struct addrinfo **list);
/* ENAMETOOLONG when the path does not fit sun_path (with its NUL), EINVAL
 * when a path (not an abstract name) holds a NUL byte. A
 * path starting with a NUL byte or '@' is a Linux abstract name; an empty
 * one is the family alone, which bind() turns into a free abstract name. */
int address_unix(const char *path, size_t length, SockAddr *out);
/* Whether a UNIX path names an abstract name (a NUL byte or '@' first),
 * which has no file in the file system. */
bool address_unix_abstract(const char *path, size_t length);
/* The longest UNIX socket path this system accepts, in bytes. */
size_t address_unix_path_max(void);
/* Numeric host text and port of an address, returning the text's length;
 * a UNIX address gives its path, or '@' and the name of an abstract name
 * (all of its bytes, NUL bytes included: the kernel's length counts, not
 * a NUL), and port 0. */
int address_format(const SockAddr *address, char host[ADDRESS_TEXT_MAX], int *port);
/* "host:port", "[v6]:port", a path, or "@name" for an abstract name (given
 * with '@' or its NUL first), with a NUL after it; returns its length,
 * which counts the NUL bytes an abstract name may hold. */
int address_endpoint_text(int family, const char *host, int host_length, int port,
                          char out[ADDRESS_TEXT_MAX + 16]);
/* Room for an endpoint's text in a message: every byte may become two. */
#define ADDRESS_MESSAGE_MAX (2 * (ADDRESS_TEXT_MAX + 16) + 1)
/* length bytes of text as a C string for a message, each NUL byte written
 * \0 as a string literal would write it, cut to fit size. */
void address_message_text(const char *text, int length, char *out, size_t size);
/* address_endpoint_text as a C string for a message (address_message_text). */
void address_endpoint_message(int family, const char *host, int host_length, int port,
                              char out[ADDRESS_MESSAGE_MAX]);
void address_from_addrinfo(const struct addrinfo *info, SockAddr *out);

#endif
