/* Addresses (see address.h). */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>

#include "address.h"
#include "idna.h"

void address_from_addrinfo(const struct addrinfo *info, SockAddr *out) {
  memset(out, 0, sizeof *out);
  memcpy(&out->storage, info->ai_addr, info->ai_addrlen);
  out->length = info->ai_addrlen;
}

int address_resolve_all(const char *host, int port, int family, int type,
                        struct addrinfo **list) {
  char service[16];
  snprintf(service, sizeof service, "%d", port);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family;
  hints.ai_socktype = type;
  hints.ai_flags = AI_NUMERICSERV;
  return address_getaddrinfo(host, service, &hints, list);
}

int address_getaddrinfo(const char *host, const char *service, const struct addrinfo *hints,
                        struct addrinfo **list) {
  char *ascii = NULL;
  if (host != NULL && idna_to_ascii(host, &ascii) != 0) return ADDRESS_NOT_IDNA;
  int rc = getaddrinfo(ascii ? ascii : host, service, hints, list);
  int err = errno;
  free(ascii);
  if (rc == EAI_SYSTEM) return err ? err : EIO;
  return rc;
}

static void set_port(SockAddr *address, int port) {
  if (address->storage.ss_family == AF_INET)
    ((struct sockaddr_in *)&address->storage)->sin_port = htons((uint16_t)port);
  else
    ((struct sockaddr_in6 *)&address->storage)->sin6_port = htons((uint16_t)port);
}

/* A scope after '%': a decimal interface index or an interface name. */
static uint32_t parse_scope(const char *scope) {
  if (scope[0] < '0' || scope[0] > '9') return if_nametoindex(scope);
  char *end;
  errno = 0;
  unsigned long index = strtoul(scope, &end, 10);
  return *end || errno || index > UINT32_MAX ? 0 : (uint32_t)index;
}

bool ip_parse(const char *text, int length, IPValue *out) {
  char buffer[INET6_ADDRSTRLEN + IF_NAMESIZE + 4];
  if (length < 0 || length >= (int)sizeof buffer || memchr(text, '\0', (size_t)length))
    return false;
  bool bracketed = length >= 2 && text[0] == '[' && text[length - 1] == ']';
  if (bracketed) text++, length -= 2;
  memcpy(buffer, text, (size_t)length);
  buffer[length] = '\0';
  char *scope = strchr(buffer, '%');
  if (scope) *scope++ = '\0';
  memset(out, 0, sizeof *out);
  if (!bracketed && !scope && inet_pton(AF_INET, buffer, out->bytes) == 1) {
    out->family = AF_INET;
    return true;
  }
  if (inet_pton(AF_INET6, buffer, out->bytes) != 1) return false;
  out->family = AF_INET6;
  return scope == NULL || (out->scope_id = parse_scope(scope)) != 0;
}

/* Whether inet_ntop would write ip in the deprecated IPv4-compatible form
 * (::1.2.3.4): 96 zero bits, then a nonzero seventh group. RFC 5952 (and
 * Python) write those in hexadecimal: ::102:304. */
static bool ipv4_compatible(const IPValue *ip) {
  static const unsigned char zeros[12];
  return ip->family == AF_INET6 && memcmp(ip->bytes, zeros, 12) == 0 &&
         (ip->bytes[12] | ip->bytes[13]) != 0;
}

int ip_format(const IPValue *ip, char out[64]) {
  const unsigned char *b = ip->bytes;
  if (ipv4_compatible(ip))
    snprintf(out, 64, "::%x:%x", (unsigned)(b[12] << 8 | b[13]), (unsigned)(b[14] << 8 | b[15]));
  else if (inet_ntop(ip->family, ip->bytes, out, 64) == NULL)
    return out[0] = '\0', 0;
  int length = (int)strlen(out);
  if (ip->scope_id == 0) return length;
  char name[IF_NAMESIZE];
  if (if_indextoname(ip->scope_id, name))
    return length + snprintf(out + length, (size_t)(64 - length), "%%%s", name);
  return length + snprintf(out + length, (size_t)(64 - length), "%%%lu",
                           (unsigned long)ip->scope_id);
}

/* Numeric addresses need no resolver: parse them directly. The last one
 * parsed is kept, since a script tends to send to or connect to the same
 * host over and over (a UDP server replying to its client); one for the
 * process, as what a text parses to is the same in every VM. */
bool address_numeric(const char *host, int port, int family, SockAddr *out) {
  static struct {
    int family;
    char host[INET6_ADDRSTRLEN + IF_NAMESIZE + 4];
    SockAddr address;
  } last = {-1, "", {{0}, 0}};
  if (family == last.family && strcmp(host, last.host) == 0) {
    *out = last.address;
    set_port(out, port);
    return true;
  }
  IPValue ip;
  if (!ip_parse(host, (int)strlen(host), &ip) || (family != AF_UNSPEC && ip.family != family))
    return false;
  memset(out, 0, sizeof *out);
  if (ip.family == AF_INET) {
    struct sockaddr_in *in = (struct sockaddr_in *)&out->storage;
    in->sin_family = AF_INET;
    memcpy(&in->sin_addr, ip.bytes, 4);
    out->length = sizeof *in;
  } else {
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&out->storage;
    in6->sin6_family = AF_INET6;
    memcpy(&in6->sin6_addr, ip.bytes, 16);
    in6->sin6_scope_id = ip.scope_id;
    out->length = sizeof *in6;
  }
  set_port(out, port);
  if (strlen(host) < sizeof last.host) {
    last.family = family;
    strcpy(last.host, host);
    last.address = *out;
  }
  return true;
}

int address_resolve(const char *host, int port, int family, int type, SockAddr *out) {
  if (address_numeric(host, port, family, out)) return 0;
  struct addrinfo *list;
  int rc = address_resolve_all(host, port, family, type, &list);
  if (rc != 0) return rc;
  address_from_addrinfo(list, out);
  freeaddrinfo(list);
  return 0;
}

size_t address_unix_path_max(void) {
  return sizeof(((struct sockaddr_un *)0)->sun_path) - 1;
}

bool address_unix_abstract(const char *path, size_t length) {
  return length > 0 && (path[0] == '\0' || path[0] == '@');
}

int address_unix(const char *path, size_t length, SockAddr *out) {
  bool abstract = address_unix_abstract(path, length);
  if (length > address_unix_path_max() + abstract) return ENAMETOOLONG;
  /* A NUL byte would end a path where the kernel reads it: not what was named. */
  if (!abstract && memchr(path, '\0', length) != NULL) return EINVAL;
  memset(out, 0, sizeof *out);
  struct sockaddr_un *un = (struct sockaddr_un *)&out->storage;
  un->sun_family = AF_UNIX;
  memcpy(un->sun_path, path, length);
  if (abstract) un->sun_path[0] = '\0'; /* the name is exactly its bytes: no NUL after */
  /* An empty path is the family alone: bind() then autobinds (Linux picks
   * a free abstract name). */
  out->length = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + length + (!abstract && length > 0));
  return 0;
}

/* Dotted decimal without printf: inet_ntop's formatting showed up in the
 * profile of every accepted connection. */
static int format_ipv4(const unsigned char *b, char *out) {
  int n = 0;
  for (int i = 0; i < 4; i++) {
    unsigned v = b[i];
    if (v >= 100) out[n++] = (char)('0' + v / 100);
    if (v >= 10) out[n++] = (char)('0' + v / 10 % 10);
    out[n++] = (char)('0' + v % 10);
    out[n++] = i < 3 ? '.' : '\0';
  }
  return n - 1;
}

int address_format(const SockAddr *address, char host[ADDRESS_TEXT_MAX], int *port) {
  const struct sockaddr *sa = (const struct sockaddr *)&address->storage;
  host[0] = '\0';
  *port = 0;
  if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
    *port = ntohs(in->sin_port);
    return format_ipv4((const unsigned char *)&in->sin_addr, host);
  } else if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
    IPValue ip = {.family = AF_INET6, .scope_id = in6->sin6_scope_id};
    memcpy(ip.bytes, &in6->sin6_addr, sizeof ip.bytes);
    *port = ntohs(in6->sin6_port);
    return ip_format(&ip, host);
  } else if (sa->sa_family == AF_UNIX && address->length > offsetof(struct sockaddr_un, sun_path)) {
    const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
    size_t length = address->length - offsetof(struct sockaddr_un, sun_path);
    if (length > 0 && un->sun_path[0] != '\0') length = strnlen(un->sun_path, length);
    if (length >= ADDRESS_TEXT_MAX) length = ADDRESS_TEXT_MAX - 1;
    memcpy(host, un->sun_path, length);
    if (length > 0 && host[0] == '\0') host[0] = '@'; /* an abstract name, as scripts write it */
    host[length] = '\0';
    return (int)length;
  }
  return (int)strlen(host);
}

/* A UNIX path or abstract name is copied byte for byte: an abstract name
 * may hold NUL bytes, where printf's %s would stop. */
int address_endpoint_text(int family, const char *host, int host_length, int port,
                          char out[ADDRESS_TEXT_MAX + 16]) {
  int length;
  if (family == AF_UNIX) {
    length = host_length < ADDRESS_TEXT_MAX ? host_length : ADDRESS_TEXT_MAX - 1;
    memcpy(out, host, (size_t)length);
    if (length > 0 && out[0] == '\0') out[0] = '@';
    out[length] = '\0';
    return length;
  }
  if (family == AF_INET6)
    length = snprintf(out, ADDRESS_TEXT_MAX + 16, "[%.*s]:%d", host_length, host, port);
  else
    length = snprintf(out, ADDRESS_TEXT_MAX + 16, "%.*s:%d", host_length, host, port);
  return length < ADDRESS_TEXT_MAX + 16 ? length : ADDRESS_TEXT_MAX + 15;
}

void address_message_text(const char *text, int length, char *out, size_t size) {
  size_t n = 0;
  for (int i = 0; i < length && n + 2 < size; i++) { /* room for two bytes and the NUL */
    if (text[i] == '\0') {
      out[n++] = '\\';
      out[n++] = '0';
    } else {
      out[n++] = text[i];
    }
  }
  out[n] = '\0';
}

void address_endpoint_message(int family, const char *host, int host_length, int port,
                              char out[ADDRESS_MESSAGE_MAX]) {
  char text[ADDRESS_TEXT_MAX + 16];
  int length = address_endpoint_text(family, host, host_length, port, text);
  address_message_text(text, length, out, ADDRESS_MESSAGE_MAX);
}
