# Every constant the seed lists exists and is a number; the ones this
# system supports are distinct where they must be, the rest are -1.
import socket
var names = ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET',
  'SO_DEBUG', 'SO_ACCEPTCONN', 'SO_REUSEADDR', 'SO_KEEPALIVE', 'SO_DONTROUTE',
  'SO_BROADCAST', 'SO_USELOOPBACK', 'SO_LINGER', 'SO_OOBINLINE', 'SO_REUSEPORT',
  'SO_TIMESTAMP', 'SO_SNDBUF', 'SO_RCVBUF', 'SO_SNDLOWAT', 'SO_RCVLOWAT',
  'SO_SNDTIMEO', 'SO_RCVTIMEO', 'SO_ERROR', 'SO_TYPE', 'SOL_SOCKET', 'AF_UNSPEC',
  'AF_UNIX', 'AF_LOCAL', 'AF_INET', 'AF_IMPLINK', 'AF_PUP', 'AF_CHAOS', 'AF_NS',
  'AF_ISO', 'AF_OSI', 'AF_ECMA', 'AF_DATAKIT', 'AF_CCITT', 'AF_SNA', 'AF_DECnet',
  'AF_DLI', 'AF_LAT', 'AF_HYLINK', 'AF_APPLETALK', 'AF_INET6', 'IPPROTO_IP',
  'IPPROTO_ICMP', 'IPPROTO_IGMP', 'IPPROTO_IPIP', 'IPPROTO_TCP', 'IPPROTO_EGP',
  'IPPROTO_PUP', 'IPPROTO_UDP', 'IPPROTO_IDP', 'IPPROTO_TP', 'IPPROTO_DCCP',
  'IPPROTO_IPV6', 'IPPROTO_RSVP', 'IPPROTO_GRE', 'IPPROTO_ESP', 'IPPROTO_AH',
  'IPPROTO_MTP', 'IPPROTO_BEETPH', 'IPPROTO_ENCAP', 'IPPROTO_PIM', 'IPPROTO_COMP',
  'IPPROTO_SCTP', 'IPPROTO_UDPLITE', 'IPPROTO_MPLS', 'IPPROTO_RAW', 'IPPROTO_MAX',
  'SHUT_RD', 'SHUT_WR', 'SHUT_RDWR', 'SOMAXCONN']
var missing = []
for n in names {
  if !hasprop(socket, n) or !is_number(getprop(socket, n)) missing.append(n)
}
echo missing                    # expect: []
echo names.length()             # expect: 75
echo [socket.AF_UNSPEC, socket.AF_UNIX, socket.AF_INET, socket.AF_INET6]  # expect: [0, 1, 2, 10]
echo [socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW]  # expect: [1, 2, 3]
echo [socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_IPV6]  # expect: [6, 17, 41]
echo socket.SOL_SOCKET          # expect: 1
echo socket.SOMAXCONN >= 128    # expect: true
echo socket.IP_ANY              # expect: 0.0.0.0
echo socket.IP_LOCAL            # expect: 127.0.0.1
echo is_class(socket.SocketException)  # expect: true
echo is_function(socket.get_address_info)  # expect: true
