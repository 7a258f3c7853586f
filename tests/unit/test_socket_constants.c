/* Checks the socket module's constant table (modules/socket/constants.c)
 * against the system headers: an expectation table built here, apart from
 * the module's, gives each name's header value (NAN when the headers lack
 * it); the tests compare names, order, values, supported flags and docs. */
#include <criterion/criterion.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "../../modules/socket/socket_constants.h"

/* Every numeric name, defined as NAN when the headers leave it undefined. */
#ifndef SOCK_STREAM
#define SOCK_STREAM NAN
#endif
#ifndef SOCK_DGRAM
#define SOCK_DGRAM NAN
#endif
#ifndef SOCK_RAW
#define SOCK_RAW NAN
#endif
#ifndef SOCK_RDM
#define SOCK_RDM NAN
#endif
#ifndef SOCK_SEQPACKET
#define SOCK_SEQPACKET NAN
#endif
#ifndef SO_DEBUG
#define SO_DEBUG NAN
#endif
#ifndef SO_ACCEPTCONN
#define SO_ACCEPTCONN NAN
#endif
#ifndef SO_REUSEADDR
#define SO_REUSEADDR NAN
#endif
#ifndef SO_KEEPALIVE
#define SO_KEEPALIVE NAN
#endif
#ifndef SO_DONTROUTE
#define SO_DONTROUTE NAN
#endif
#ifndef SO_BROADCAST
#define SO_BROADCAST NAN
#endif
#ifndef SO_USELOOPBACK
#define SO_USELOOPBACK NAN
#endif
#ifndef SO_LINGER
#define SO_LINGER NAN
#endif
#ifndef SO_OOBINLINE
#define SO_OOBINLINE NAN
#endif
#ifndef SO_REUSEPORT
#define SO_REUSEPORT NAN
#endif
#ifndef SO_TIMESTAMP
#define SO_TIMESTAMP NAN
#endif
#ifndef SO_SNDBUF
#define SO_SNDBUF NAN
#endif
#ifndef SO_RCVBUF
#define SO_RCVBUF NAN
#endif
#ifndef SO_SNDLOWAT
#define SO_SNDLOWAT NAN
#endif
#ifndef SO_RCVLOWAT
#define SO_RCVLOWAT NAN
#endif
#ifndef SO_SNDTIMEO
#define SO_SNDTIMEO NAN
#endif
#ifndef SO_RCVTIMEO
#define SO_RCVTIMEO NAN
#endif
#ifndef SO_ERROR
#define SO_ERROR NAN
#endif
#ifndef SO_TYPE
#define SO_TYPE NAN
#endif
#ifndef SOL_SOCKET
#define SOL_SOCKET NAN
#endif
#ifndef AF_UNSPEC
#define AF_UNSPEC NAN
#endif
#ifndef AF_UNIX
#define AF_UNIX NAN
#endif
#ifndef AF_LOCAL
#define AF_LOCAL NAN
#endif
#ifndef AF_INET
#define AF_INET NAN
#endif
#ifndef AF_IMPLINK
#define AF_IMPLINK NAN
#endif
#ifndef AF_PUP
#define AF_PUP NAN
#endif
#ifndef AF_CHAOS
#define AF_CHAOS NAN
#endif
#ifndef AF_NS
#define AF_NS NAN
#endif
#ifndef AF_ISO
#define AF_ISO NAN
#endif
#ifndef AF_OSI
#define AF_OSI NAN
#endif
#ifndef AF_ECMA
#define AF_ECMA NAN
#endif
#ifndef AF_DATAKIT
#define AF_DATAKIT NAN
#endif
#ifndef AF_CCITT
#define AF_CCITT NAN
#endif
#ifndef AF_SNA
#define AF_SNA NAN
#endif
#ifndef AF_DECnet
#define AF_DECnet NAN
#endif
#ifndef AF_DLI
#define AF_DLI NAN
#endif
#ifndef AF_LAT
#define AF_LAT NAN
#endif
#ifndef AF_HYLINK
#define AF_HYLINK NAN
#endif
#ifndef AF_APPLETALK
#define AF_APPLETALK NAN
#endif
#ifndef AF_INET6
#define AF_INET6 NAN
#endif
#ifndef IPPROTO_IP
#define IPPROTO_IP NAN
#endif
#ifndef IPPROTO_ICMP
#define IPPROTO_ICMP NAN
#endif
#ifndef IPPROTO_IGMP
#define IPPROTO_IGMP NAN
#endif
#ifndef IPPROTO_IPIP
#define IPPROTO_IPIP NAN
#endif
#ifndef IPPROTO_TCP
#define IPPROTO_TCP NAN
#endif
#ifndef IPPROTO_EGP
#define IPPROTO_EGP NAN
#endif
#ifndef IPPROTO_PUP
#define IPPROTO_PUP NAN
#endif
#ifndef IPPROTO_UDP
#define IPPROTO_UDP NAN
#endif
#ifndef IPPROTO_IDP
#define IPPROTO_IDP NAN
#endif
#ifndef IPPROTO_TP
#define IPPROTO_TP NAN
#endif
#ifndef IPPROTO_DCCP
#define IPPROTO_DCCP NAN
#endif
#ifndef IPPROTO_IPV6
#define IPPROTO_IPV6 NAN
#endif
#ifndef IPPROTO_RSVP
#define IPPROTO_RSVP NAN
#endif
#ifndef IPPROTO_GRE
#define IPPROTO_GRE NAN
#endif
#ifndef IPPROTO_ESP
#define IPPROTO_ESP NAN
#endif
#ifndef IPPROTO_AH
#define IPPROTO_AH NAN
#endif
#ifndef IPPROTO_MTP
#define IPPROTO_MTP NAN
#endif
#ifndef IPPROTO_BEETPH
#define IPPROTO_BEETPH NAN
#endif
#ifndef IPPROTO_ENCAP
#define IPPROTO_ENCAP NAN
#endif
#ifndef IPPROTO_PIM
#define IPPROTO_PIM NAN
#endif
#ifndef IPPROTO_COMP
#define IPPROTO_COMP NAN
#endif
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP NAN
#endif
#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE NAN
#endif
#ifndef IPPROTO_MPLS
#define IPPROTO_MPLS NAN
#endif
#ifndef IPPROTO_RAW
#define IPPROTO_RAW NAN
#endif
#ifndef IPPROTO_MAX
#define IPPROTO_MAX NAN
#endif
#ifndef SHUT_RD
#define SHUT_RD NAN
#endif
#ifndef SHUT_WR
#define SHUT_WR NAN
#endif
#ifndef SHUT_RDWR
#define SHUT_RDWR NAN
#endif
#ifndef SOMAXCONN
#define SOMAXCONN NAN
#endif
#ifndef SO_PEERCRED
#define SO_PEERCRED NAN
#endif
#ifndef SO_PASSCRED
#define SO_PASSCRED NAN
#endif
#ifndef TCP_NODELAY
#define TCP_NODELAY NAN
#endif
#ifndef TCP_KEEPIDLE
#define TCP_KEEPIDLE NAN
#endif
#ifndef TCP_KEEPINTVL
#define TCP_KEEPINTVL NAN
#endif
#ifndef TCP_KEEPCNT
#define TCP_KEEPCNT NAN
#endif
#ifndef IP_TTL
#define IP_TTL NAN
#endif
#ifndef IP_MULTICAST_IF
#define IP_MULTICAST_IF NAN
#endif
#ifndef IP_MULTICAST_TTL
#define IP_MULTICAST_TTL NAN
#endif
#ifndef IP_MULTICAST_LOOP
#define IP_MULTICAST_LOOP NAN
#endif
#ifndef IP_ADD_MEMBERSHIP
#define IP_ADD_MEMBERSHIP NAN
#endif
#ifndef IP_DROP_MEMBERSHIP
#define IP_DROP_MEMBERSHIP NAN
#endif
#ifndef IPV6_V6ONLY
#define IPV6_V6ONLY NAN
#endif
#ifndef IPV6_JOIN_GROUP
#define IPV6_JOIN_GROUP NAN
#endif
#ifndef IPV6_LEAVE_GROUP
#define IPV6_LEAVE_GROUP NAN
#endif
#ifndef IPV6_MULTICAST_HOPS
#define IPV6_MULTICAST_HOPS NAN
#endif
#ifndef IPV6_MULTICAST_LOOP
#define IPV6_MULTICAST_LOOP NAN
#endif
#ifndef MSG_PEEK
#define MSG_PEEK NAN
#endif
#ifndef MSG_WAITALL
#define MSG_WAITALL NAN
#endif
#ifndef MSG_DONTWAIT
#define MSG_DONTWAIT NAN
#endif

typedef struct {
  const char *name;
  double value; /* NAN: the headers lack the name */
  const char *text;
} Expected;

#define EXPECT_NUM(name) {#name, name, NULL}

static const Expected expected[] = {
    EXPECT_NUM(SOCK_STREAM),
    EXPECT_NUM(SOCK_DGRAM),
    EXPECT_NUM(SOCK_RAW),
    EXPECT_NUM(SOCK_RDM),
    EXPECT_NUM(SOCK_SEQPACKET),
    EXPECT_NUM(SO_DEBUG),
    EXPECT_NUM(SO_ACCEPTCONN),
    EXPECT_NUM(SO_REUSEADDR),
    EXPECT_NUM(SO_KEEPALIVE),
    EXPECT_NUM(SO_DONTROUTE),
    EXPECT_NUM(SO_BROADCAST),
    EXPECT_NUM(SO_USELOOPBACK),
    EXPECT_NUM(SO_LINGER),
    EXPECT_NUM(SO_OOBINLINE),
    EXPECT_NUM(SO_REUSEPORT),
    EXPECT_NUM(SO_TIMESTAMP),
    EXPECT_NUM(SO_SNDBUF),
    EXPECT_NUM(SO_RCVBUF),
    EXPECT_NUM(SO_SNDLOWAT),
    EXPECT_NUM(SO_RCVLOWAT),
    EXPECT_NUM(SO_SNDTIMEO),
    EXPECT_NUM(SO_RCVTIMEO),
    EXPECT_NUM(SO_ERROR),
    EXPECT_NUM(SO_TYPE),
    EXPECT_NUM(SOL_SOCKET),
    EXPECT_NUM(AF_UNSPEC),
    EXPECT_NUM(AF_UNIX),
    EXPECT_NUM(AF_LOCAL),
    EXPECT_NUM(AF_INET),
    EXPECT_NUM(AF_IMPLINK),
    EXPECT_NUM(AF_PUP),
    EXPECT_NUM(AF_CHAOS),
    EXPECT_NUM(AF_NS),
    EXPECT_NUM(AF_ISO),
    EXPECT_NUM(AF_OSI),
    EXPECT_NUM(AF_ECMA),
    EXPECT_NUM(AF_DATAKIT),
    EXPECT_NUM(AF_CCITT),
    EXPECT_NUM(AF_SNA),
    EXPECT_NUM(AF_DECnet),
    EXPECT_NUM(AF_DLI),
    EXPECT_NUM(AF_LAT),
    EXPECT_NUM(AF_HYLINK),
    EXPECT_NUM(AF_APPLETALK),
    EXPECT_NUM(AF_INET6),
    EXPECT_NUM(IPPROTO_IP),
    EXPECT_NUM(IPPROTO_ICMP),
    EXPECT_NUM(IPPROTO_IGMP),
    EXPECT_NUM(IPPROTO_IPIP),
    EXPECT_NUM(IPPROTO_TCP),
    EXPECT_NUM(IPPROTO_EGP),
    EXPECT_NUM(IPPROTO_PUP),
    EXPECT_NUM(IPPROTO_UDP),
    EXPECT_NUM(IPPROTO_IDP),
    EXPECT_NUM(IPPROTO_TP),
    EXPECT_NUM(IPPROTO_DCCP),
    EXPECT_NUM(IPPROTO_IPV6),
    EXPECT_NUM(IPPROTO_RSVP),
    EXPECT_NUM(IPPROTO_GRE),
    EXPECT_NUM(IPPROTO_ESP),
    EXPECT_NUM(IPPROTO_AH),
    EXPECT_NUM(IPPROTO_MTP),
    EXPECT_NUM(IPPROTO_BEETPH),
    EXPECT_NUM(IPPROTO_ENCAP),
    EXPECT_NUM(IPPROTO_PIM),
    EXPECT_NUM(IPPROTO_COMP),
    EXPECT_NUM(IPPROTO_SCTP),
    EXPECT_NUM(IPPROTO_UDPLITE),
    EXPECT_NUM(IPPROTO_MPLS),
    EXPECT_NUM(IPPROTO_RAW),
    EXPECT_NUM(IPPROTO_MAX),
    EXPECT_NUM(SHUT_RD),
    EXPECT_NUM(SHUT_WR),
    EXPECT_NUM(SHUT_RDWR),
    EXPECT_NUM(SOMAXCONN),
    {"IP_ANY", 0, "0.0.0.0"},
    {"IP_LOCAL", 0, "127.0.0.1"},
    EXPECT_NUM(SO_PEERCRED),
    EXPECT_NUM(SO_PASSCRED),
    EXPECT_NUM(TCP_NODELAY),
    EXPECT_NUM(TCP_KEEPIDLE),
    EXPECT_NUM(TCP_KEEPINTVL),
    EXPECT_NUM(TCP_KEEPCNT),
    EXPECT_NUM(IP_TTL),
    EXPECT_NUM(IP_MULTICAST_IF),
    EXPECT_NUM(IP_MULTICAST_TTL),
    EXPECT_NUM(IP_MULTICAST_LOOP),
    EXPECT_NUM(IP_ADD_MEMBERSHIP),
    EXPECT_NUM(IP_DROP_MEMBERSHIP),
    EXPECT_NUM(IPV6_V6ONLY),
    EXPECT_NUM(IPV6_JOIN_GROUP),
    EXPECT_NUM(IPV6_LEAVE_GROUP),
    EXPECT_NUM(IPV6_MULTICAST_HOPS),
    EXPECT_NUM(IPV6_MULTICAST_LOOP),
    EXPECT_NUM(MSG_PEEK),
    EXPECT_NUM(MSG_WAITALL),
    EXPECT_NUM(MSG_DONTWAIT),
};

#define EXPECTED_COUNT (sizeof expected / sizeof expected[0])
#define UNSUPPORTED_NOTE " Not supported on this system."

static size_t table_count(void) {
  size_t n = 0;
  while (socket_constants[n].name != NULL) n++;
  return n;
}

static const Expected *expectation(const char *name) {
  for (size_t i = 0; i < EXPECTED_COUNT; i++) {
    if (strcmp(expected[i].name, name) == 0) return &expected[i];
  }
  return NULL;
}

static const SbConstant *constant(const char *name) {
  for (const SbConstant *c = socket_constants; c->name != NULL; c++) {
    if (strcmp(c->name, name) == 0) return c;
  }
  return NULL;
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

Test(socket_constants, same_names_in_the_same_order) {
  cr_assert_eq(table_count(), EXPECTED_COUNT, "the module has %zu constants, the test expects %zu",
               table_count(), EXPECTED_COUNT);
  for (size_t i = 0; i < EXPECTED_COUNT; i++) {
    cr_assert_str_eq(socket_constants[i].name, expected[i].name, "constant %zu", i);
  }
}

Test(socket_constants, names_are_unique) {
  for (const SbConstant *c = socket_constants; c->name != NULL; c++) {
    cr_assert_eq(constant(c->name), c, "%s appears twice", c->name);
  }
}

Test(socket_constants, values_match_the_headers) {
  for (const SbConstant *c = socket_constants; c->name != NULL; c++) {
    const Expected *e = expectation(c->name);
    cr_assert_not_null(e, "%s is not in the test's table", c->name);
    if (e->text != NULL) {
      cr_assert_not_null(c->text, "%s should be a string", c->name);
      cr_assert_str_eq(c->text, e->text, "%s", c->name);
      cr_assert(c->supported, "%s should be supported", c->name);
    } else if (isnan(e->value)) {
      cr_assert_null(c->text, "%s should be a number", c->name);
      cr_assert_eq(c->number, -1, "%s: the headers lack it, so -1, not %g", c->name, c->number);
      cr_assert_not(c->supported, "%s: the headers lack it, so unsupported", c->name);
    } else {
      cr_assert_null(c->text, "%s should be a number", c->name);
      cr_assert_eq(c->number, e->value, "%s: %g, the headers say %g", c->name, c->number,
                   e->value);
      cr_assert(c->supported, "%s: the headers define it, so supported", c->name);
    }
  }
}

Test(socket_constants, docs_are_sentences) {
  for (const SbConstant *c = socket_constants; c->name != NULL; c++) {
    cr_assert_not_null(c->doc, "%s has no doc", c->name);
    cr_assert_gt(strlen(c->doc), 0, "%s has an empty doc", c->name);
    cr_assert(ends_with(c->doc, "."), "%s: doc should end with '.': %s", c->name, c->doc);
    cr_assert_eq(ends_with(c->doc, UNSUPPORTED_NOTE), !c->supported,
                 "%s: doc should say 'Not supported on this system.' exactly when it is "
                 "unsupported: %s",
                 c->name, c->doc);
  }
}

Test(socket_constants, option_docs_name_their_level) {
  static const struct {
    const char *prefix, *level;
  } levels[] = {
      {"SO_", "Level SOL_SOCKET"},
      {"TCP_", "Level IPPROTO_TCP"},
      {"IP_", "Level IPPROTO_IP:"},
      {"IPV6_", "Level IPPROTO_IPV6"},
  };
  for (const SbConstant *c = socket_constants; c->name != NULL; c++) {
    if (c->text != NULL) continue; /* IP_ANY and IP_LOCAL are addresses */
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
      if (!starts_with(c->name, levels[i].prefix)) continue;
      cr_assert(starts_with(c->doc, levels[i].level), "%s: doc should start with '%s': %s",
                c->name, levels[i].level, c->doc);
    }
  }
}

Test(socket_constants, ip_addresses) {
  const SbConstant *any = constant("IP_ANY"), *local = constant("IP_LOCAL");
  cr_assert_not_null(any);
  cr_assert_not_null(local);
  cr_assert_str_eq(any->text, "0.0.0.0");
  cr_assert_str_eq(local->text, "127.0.0.1");
}
