# Socket(AF_INET6) is an IPv6 TCP socket whose default host is ::1.
import socket { * }
var s = Socket(AF_INET6)
echo s.family == AF_INET6           # expect: true
echo s.type == SOCK_STREAM          # expect: true
echo s.protocol == IPPROTO_TCP      # expect: true
echo s.host                         # expect: ::1
echo s.port                         # expect: 0
echo s.is_bound                     # expect: false
echo s.is_connected                 # expect: false
echo s.is_blocking                  # expect: true
echo s.shutdown_reason              # expect: -1
var d = Socket(AF_INET6, SOCK_DGRAM)
echo d.protocol == IPPROTO_UDP      # expect: true
echo d.type == SOCK_DGRAM           # expect: true
s.close()
d.close()
