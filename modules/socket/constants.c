/* The socket module's constant table: socket types, options and their
 * levels, address families, protocols, message flags, shutdown modes and
 * the IP_ANY/IP_LOCAL addresses, with their docs. Values come from this
 * system's headers; a name they lack gets -1 and supported = false (the
 * binding layer raises SocketException when one is used). */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "sabre.h"
#include "socket_constants.h"

/* A name the system headers leave undefined is defined below as
 * UNSUPPORTED, which expands to the three fields that differ in an
 * unsupported entry. NUM passes the name's expansion followed by the
 * fields of a supported entry, and NUM_ENTRY keeps whichever three come
 * first: the unsupported ones when they are there. */
#define UNSUPPORTED -1, false, " Not supported on this system."
#define NUM(name, doc) NUM_ARGS(#name, doc, name, true, "", ~)
#define NUM_ARGS(text, doc, ...) NUM_ENTRY(text, doc, __VA_ARGS__)
#define NUM_ENTRY(text, doc, value, supported, note, ...) {text, value, NULL, supported, doc note}

/* Every numeric name of the table, in its order. */
#ifndef SOCK_STREAM
#define SOCK_STREAM UNSUPPORTED
#endif
#ifndef SOCK_DGRAM
#define SOCK_DGRAM UNSUPPORTED
#endif
#ifndef SOCK_RAW
#define SOCK_RAW UNSUPPORTED
#endif
#ifndef SOCK_RDM
#define SOCK_RDM UNSUPPORTED
#endif
#ifndef SOCK_SEQPACKET
#define SOCK_SEQPACKET UNSUPPORTED
#endif
#ifndef SO_DEBUG
#define SO_DEBUG UNSUPPORTED
#endif
#ifndef SO_ACCEPTCONN
#define SO_ACCEPTCONN UNSUPPORTED
#endif
#ifndef SO_REUSEADDR
#define SO_REUSEADDR UNSUPPORTED
#endif
#ifndef SO_KEEPALIVE
#define SO_KEEPALIVE UNSUPPORTED
#endif
#ifndef SO_DONTROUTE
#define SO_DONTROUTE UNSUPPORTED
#endif
#ifndef SO_BROADCAST
#define SO_BROADCAST UNSUPPORTED
#endif
#ifndef SO_USELOOPBACK
#define SO_USELOOPBACK UNSUPPORTED
#endif
#ifndef SO_LINGER
#define SO_LINGER UNSUPPORTED
#endif
#ifndef SO_OOBINLINE
#define SO_OOBINLINE UNSUPPORTED
#endif
#ifndef SO_REUSEPORT
#define SO_REUSEPORT UNSUPPORTED
#endif
#ifndef SO_TIMESTAMP
#define SO_TIMESTAMP UNSUPPORTED
#endif
#ifndef SO_SNDBUF
#define SO_SNDBUF UNSUPPORTED
#endif
#ifndef SO_RCVBUF
#define SO_RCVBUF UNSUPPORTED
#endif
#ifndef SO_SNDLOWAT
#define SO_SNDLOWAT UNSUPPORTED
#endif
#ifndef SO_RCVLOWAT
#define SO_RCVLOWAT UNSUPPORTED
#endif
#ifndef SO_SNDTIMEO
#define SO_SNDTIMEO UNSUPPORTED
#endif
#ifndef SO_RCVTIMEO
#define SO_RCVTIMEO UNSUPPORTED
#endif
#ifndef SO_ERROR
#define SO_ERROR UNSUPPORTED
#endif
#ifndef SO_TYPE
#define SO_TYPE UNSUPPORTED
#endif
#ifndef SOL_SOCKET
#define SOL_SOCKET UNSUPPORTED
#endif
#ifndef AF_UNSPEC
#define AF_UNSPEC UNSUPPORTED
#endif
#ifndef AF_UNIX
#define AF_UNIX UNSUPPORTED
#endif
#ifndef AF_LOCAL
#define AF_LOCAL UNSUPPORTED
#endif
#ifndef AF_INET
#define AF_INET UNSUPPORTED
#endif
#ifndef AF_IMPLINK
#define AF_IMPLINK UNSUPPORTED
#endif
#ifndef AF_PUP
#define AF_PUP UNSUPPORTED
#endif
#ifndef AF_CHAOS
#define AF_CHAOS UNSUPPORTED
#endif
#ifndef AF_NS
#define AF_NS UNSUPPORTED
#endif
#ifndef AF_ISO
#define AF_ISO UNSUPPORTED
#endif
#ifndef AF_OSI
#define AF_OSI UNSUPPORTED
#endif
#ifndef AF_ECMA
#define AF_ECMA UNSUPPORTED
#endif
#ifndef AF_DATAKIT
#define AF_DATAKIT UNSUPPORTED
#endif
#ifndef AF_CCITT
#define AF_CCITT UNSUPPORTED
#endif
#ifndef AF_SNA
#define AF_SNA UNSUPPORTED
#endif
#ifndef AF_DECnet
#define AF_DECnet UNSUPPORTED
#endif
#ifndef AF_DLI
#define AF_DLI UNSUPPORTED
#endif
#ifndef AF_LAT
#define AF_LAT UNSUPPORTED
#endif
#ifndef AF_HYLINK
#define AF_HYLINK UNSUPPORTED
#endif
#ifndef AF_APPLETALK
#define AF_APPLETALK UNSUPPORTED
#endif
#ifndef AF_INET6
#define AF_INET6 UNSUPPORTED
#endif
#ifndef IPPROTO_IP
#define IPPROTO_IP UNSUPPORTED
#endif
#ifndef IPPROTO_ICMP
#define IPPROTO_ICMP UNSUPPORTED
#endif
#ifndef IPPROTO_IGMP
#define IPPROTO_IGMP UNSUPPORTED
#endif
#ifndef IPPROTO_IPIP
#define IPPROTO_IPIP UNSUPPORTED
#endif
#ifndef IPPROTO_TCP
#define IPPROTO_TCP UNSUPPORTED
#endif
#ifndef IPPROTO_EGP
#define IPPROTO_EGP UNSUPPORTED
#endif
#ifndef IPPROTO_PUP
#define IPPROTO_PUP UNSUPPORTED
#endif
#ifndef IPPROTO_UDP
#define IPPROTO_UDP UNSUPPORTED
#endif
#ifndef IPPROTO_IDP
#define IPPROTO_IDP UNSUPPORTED
#endif
#ifndef IPPROTO_TP
#define IPPROTO_TP UNSUPPORTED
#endif
#ifndef IPPROTO_DCCP
#define IPPROTO_DCCP UNSUPPORTED
#endif
#ifndef IPPROTO_IPV6
#define IPPROTO_IPV6 UNSUPPORTED
#endif
#ifndef IPPROTO_RSVP
#define IPPROTO_RSVP UNSUPPORTED
#endif
#ifndef IPPROTO_GRE
#define IPPROTO_GRE UNSUPPORTED
#endif
#ifndef IPPROTO_ESP
#define IPPROTO_ESP UNSUPPORTED
#endif
#ifndef IPPROTO_AH
#define IPPROTO_AH UNSUPPORTED
#endif
#ifndef IPPROTO_MTP
#define IPPROTO_MTP UNSUPPORTED
#endif
#ifndef IPPROTO_BEETPH
#define IPPROTO_BEETPH UNSUPPORTED
#endif
#ifndef IPPROTO_ENCAP
#define IPPROTO_ENCAP UNSUPPORTED
#endif
#ifndef IPPROTO_PIM
#define IPPROTO_PIM UNSUPPORTED
#endif
#ifndef IPPROTO_COMP
#define IPPROTO_COMP UNSUPPORTED
#endif
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP UNSUPPORTED
#endif
#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE UNSUPPORTED
#endif
#ifndef IPPROTO_MPLS
#define IPPROTO_MPLS UNSUPPORTED
#endif
#ifndef IPPROTO_RAW
#define IPPROTO_RAW UNSUPPORTED
#endif
#ifndef IPPROTO_MAX
#define IPPROTO_MAX UNSUPPORTED
#endif
#ifndef SHUT_RD
#define SHUT_RD UNSUPPORTED
#endif
#ifndef SHUT_WR
#define SHUT_WR UNSUPPORTED
#endif
#ifndef SHUT_RDWR
#define SHUT_RDWR UNSUPPORTED
#endif
#ifndef SOMAXCONN
#define SOMAXCONN UNSUPPORTED
#endif
#ifndef SO_PEERCRED
#define SO_PEERCRED UNSUPPORTED
#endif
#ifndef SO_PASSCRED
#define SO_PASSCRED UNSUPPORTED
#endif
#ifndef TCP_NODELAY
#define TCP_NODELAY UNSUPPORTED
#endif
#ifndef TCP_KEEPIDLE
#define TCP_KEEPIDLE UNSUPPORTED
#endif
#ifndef TCP_KEEPINTVL
#define TCP_KEEPINTVL UNSUPPORTED
#endif
#ifndef TCP_KEEPCNT
#define TCP_KEEPCNT UNSUPPORTED
#endif
#ifndef IP_TTL
#define IP_TTL UNSUPPORTED
#endif
#ifndef IP_MULTICAST_IF
#define IP_MULTICAST_IF UNSUPPORTED
#endif
#ifndef IP_MULTICAST_TTL
#define IP_MULTICAST_TTL UNSUPPORTED
#endif
#ifndef IP_MULTICAST_LOOP
#define IP_MULTICAST_LOOP UNSUPPORTED
#endif
#ifndef IP_ADD_MEMBERSHIP
#define IP_ADD_MEMBERSHIP UNSUPPORTED
#endif
#ifndef IP_DROP_MEMBERSHIP
#define IP_DROP_MEMBERSHIP UNSUPPORTED
#endif
#ifndef IPV6_V6ONLY
#define IPV6_V6ONLY UNSUPPORTED
#endif
#ifndef IPV6_JOIN_GROUP
#define IPV6_JOIN_GROUP UNSUPPORTED
#endif
#ifndef IPV6_LEAVE_GROUP
#define IPV6_LEAVE_GROUP UNSUPPORTED
#endif
#ifndef IPV6_MULTICAST_HOPS
#define IPV6_MULTICAST_HOPS UNSUPPORTED
#endif
#ifndef IPV6_MULTICAST_LOOP
#define IPV6_MULTICAST_LOOP UNSUPPORTED
#endif
#ifndef MSG_PEEK
#define MSG_PEEK UNSUPPORTED
#endif
#ifndef MSG_WAITALL
#define MSG_WAITALL UNSUPPORTED
#endif
#ifndef MSG_DONTWAIT
#define MSG_DONTWAIT UNSUPPORTED
#endif

const SbConstant socket_constants[] = {
    NUM(SOCK_STREAM, "Stream socket."),
    NUM(SOCK_DGRAM, "Datagram socket."),
    NUM(SOCK_RAW, "Raw-protocol interface."),
    NUM(SOCK_RDM, "Reliably-delivered message."),
    NUM(SOCK_SEQPACKET, "Sequenced packet stream."),
    NUM(SO_DEBUG, "Level SOL_SOCKET: turn on debugging info recording."),
    NUM(SO_ACCEPTCONN, "Level SOL_SOCKET, read-only: socket has had listen()."),
    NUM(SO_REUSEADDR, "Level SOL_SOCKET: allow local address reuse."),
    NUM(SO_KEEPALIVE, "Level SOL_SOCKET: keep connections alive."),
    NUM(SO_DONTROUTE, "Level SOL_SOCKET: just use interface addresses."),
    NUM(SO_BROADCAST, "Level SOL_SOCKET: permit sending of broadcast messages."),
    NUM(SO_USELOOPBACK, "Level SOL_SOCKET: bypass hardware when possible."),
    NUM(SO_LINGER, "Level SOL_SOCKET: linger on close if data is present."),
    NUM(SO_OOBINLINE, "Level SOL_SOCKET: leave received out-of-band data in line."),
    NUM(SO_REUSEPORT, "Level SOL_SOCKET: allow local address and port reuse."),
    NUM(SO_TIMESTAMP, "Level SOL_SOCKET: timestamp received datagram traffic."),
    NUM(SO_SNDBUF, "Level SOL_SOCKET: send buffer size."),
    NUM(SO_RCVBUF, "Level SOL_SOCKET: receive buffer size."),
    NUM(SO_SNDLOWAT, "Level SOL_SOCKET: send low-water mark."),
    NUM(SO_RCVLOWAT, "Level SOL_SOCKET: receive low-water mark."),
    NUM(SO_SNDTIMEO, "Level SOL_SOCKET: send timeout."),
    NUM(SO_RCVTIMEO, "Level SOL_SOCKET: receive timeout."),
    NUM(SO_ERROR, "Level SOL_SOCKET, read-only: get error status and clear."),
    NUM(SO_TYPE, "Level SOL_SOCKET, read-only: get socket type."),
    NUM(SOL_SOCKET, "Options for socket level: the level of the SO_* options."),
    NUM(AF_UNSPEC, "Unspecified address family."),
    NUM(AF_UNIX, "Local to host (pipes)."),
    NUM(AF_LOCAL, "Same as AF_UNIX."),
    NUM(AF_INET, "Internetwork (IPv4): UDP, TCP, etc."),
    NUM(AF_IMPLINK, "Arpanet imp addresses."),
    NUM(AF_PUP, "PUP protocols: e.g. BSP."),
    NUM(AF_CHAOS, "MIT CHAOS protocols."),
    NUM(AF_NS, "XEROX NS protocols."),
    NUM(AF_ISO, "ISO protocols."),
    NUM(AF_OSI, "ISO protocols (same as AF_ISO)."),
    NUM(AF_ECMA, "European computer manufacturers."),
    NUM(AF_DATAKIT, "Datakit protocols."),
    NUM(AF_CCITT, "CCITT protocols, X.25 etc."),
    NUM(AF_SNA, "IBM SNA."),
    NUM(AF_DECnet, "DECnet."),
    NUM(AF_DLI, "DEC Direct data link interface."),
    NUM(AF_LAT, "DEC Local Area Transport (LAT)."),
    NUM(AF_HYLINK, "NSC Hyperchannel."),
    NUM(AF_APPLETALK, "AppleTalk."),
    NUM(AF_INET6, "IPv6."),
    NUM(IPPROTO_IP, "Internet Protocol (IPv4); also the level of the IP_* options."),
    NUM(IPPROTO_ICMP, "Internet Control Message Protocol."),
    NUM(IPPROTO_IGMP, "Internet Group Management Protocol."),
    NUM(IPPROTO_IPIP, "IPv4 encapsulated in IPv4 (IPIP tunnels)."),
    NUM(IPPROTO_TCP, "Transmission Control Protocol; also the level of the TCP_* options."),
    NUM(IPPROTO_EGP, "Exterior Gateway Protocol."),
    NUM(IPPROTO_PUP, "PARC Universal Packet protocol."),
    NUM(IPPROTO_UDP, "User Datagram Protocol."),
    NUM(IPPROTO_IDP, "Xerox NS Internet Datagram Protocol."),
    NUM(IPPROTO_TP, "ISO Transport Protocol class 4."),
    NUM(IPPROTO_DCCP, "Datagram Congestion Control Protocol."),
    NUM(IPPROTO_IPV6, "Internet Protocol version 6; also the level of the IPV6_* options."),
    NUM(IPPROTO_RSVP, "Resource Reservation Protocol."),
    NUM(IPPROTO_GRE, "Generic Routing Encapsulation."),
    NUM(IPPROTO_ESP, "IPsec Encapsulating Security Payload."),
    NUM(IPPROTO_AH, "IPsec Authentication Header."),
    NUM(IPPROTO_MTP, "Multicast Transport Protocol."),
    NUM(IPPROTO_BEETPH, "IPsec BEET mode pseudo header for IP options."),
    NUM(IPPROTO_ENCAP, "Encapsulation header."),
    NUM(IPPROTO_PIM, "Protocol Independent Multicast."),
    NUM(IPPROTO_COMP, "IP Payload Compression Protocol."),
    NUM(IPPROTO_SCTP, "Stream Control Transmission Protocol."),
    NUM(IPPROTO_UDPLITE, "Lightweight User Datagram Protocol (UDP-Lite)."),
    NUM(IPPROTO_MPLS, "MPLS in IP."),
    NUM(IPPROTO_RAW, "Raw IP packets."),
    NUM(IPPROTO_MAX, "One more than the largest protocol number this system knows."),
    NUM(SHUT_RD, "Shut down the reading side."),
    NUM(SHUT_WR, "Shut down the writing side."),
    NUM(SHUT_RDWR, "Shut down both sides."),
    NUM(SOMAXCONN, "Maximum queue length specifiable by listen."),
    {"IP_ANY", 0, "0.0.0.0", true,
     "The IPv4 address that stands for no particular address ('any address'): "
     "a socket bound to it receives on every interface."},
    {"IP_LOCAL", 0, "127.0.0.1", true, "The IPv4 loopback address (localhost)."},
    NUM(SO_PEERCRED, "Level SOL_SOCKET, read-only: the credentials (pid, uid, gid) of the "
                     "process at the other end of a connected AF_UNIX socket."),
    NUM(SO_PASSCRED, "Level SOL_SOCKET, on/off: every message an AF_UNIX socket receives "
                     "carries its sender's credentials (SCM_CREDENTIALS), as a program the "
                     "socket is passed to may ask; reads and receive_socket() work as "
                     "without it."),
    NUM(TCP_NODELAY, "Level IPPROTO_TCP: send small segments at once instead of coalescing "
                     "them (disables Nagle's algorithm)."),
    NUM(TCP_KEEPIDLE, "Level IPPROTO_TCP: seconds a connection stays idle before the first "
                      "keep-alive probe, when SO_KEEPALIVE is on."),
    NUM(TCP_KEEPINTVL, "Level IPPROTO_TCP: seconds between keep-alive probes."),
    NUM(TCP_KEEPCNT, "Level IPPROTO_TCP: unanswered keep-alive probes after which the "
                     "connection is dropped."),
    NUM(IP_TTL, "Level IPPROTO_IP: time-to-live of outgoing unicast packets."),
    NUM(IP_MULTICAST_IF, "Level IPPROTO_IP: the local interface, by its IPv4 address, that "
                         "outgoing multicast packets leave from."),
    NUM(IP_MULTICAST_TTL, "Level IPPROTO_IP: time-to-live of outgoing multicast packets "
                          "(1, the default, keeps them on the local network)."),
    NUM(IP_MULTICAST_LOOP, "Level IPPROTO_IP: whether outgoing multicast packets are also "
                           "delivered to the group's sockets on this host."),
    NUM(IP_ADD_MEMBERSHIP, "Level IPPROTO_IP: join an IPv4 multicast group on an interface."),
    NUM(IP_DROP_MEMBERSHIP, "Level IPPROTO_IP: leave an IPv4 multicast group."),
    NUM(IPV6_V6ONLY, "Level IPPROTO_IPV6: restrict an AF_INET6 socket to IPv6 instead of "
                     "also accepting IPv4 traffic through IPv4-mapped addresses."),
    NUM(IPV6_JOIN_GROUP, "Level IPPROTO_IPV6: join an IPv6 multicast group on an interface."),
    NUM(IPV6_LEAVE_GROUP, "Level IPPROTO_IPV6: leave an IPv6 multicast group."),
    NUM(IPV6_MULTICAST_HOPS, "Level IPPROTO_IPV6: hop limit of outgoing multicast packets."),
    NUM(IPV6_MULTICAST_LOOP, "Level IPPROTO_IPV6: whether outgoing multicast packets are "
                             "also delivered to the group's sockets on this host."),
    NUM(MSG_PEEK, "Receive flag: return data without removing it from the queue, so the "
                  "next receive returns it again."),
    NUM(MSG_WAITALL, "Receive flag: wait until the full amount requested has arrived, unless "
                     "the peer closes, an error occurs or a signal interrupts."),
    NUM(MSG_DONTWAIT, "Send and receive flag: do not block in this one call, even on a "
                      "blocking socket."),
    {NULL, 0, NULL, false, NULL},
};
