# Socket(AF_INET, SOCK_DGRAM) is a UDP socket: protocol IPPROTO_UDP, the
# kernel agrees on SO_TYPE, and it is neither bound nor connected.
import socket { * }
var s = Socket(AF_INET, SOCK_DGRAM)
echo s.family == AF_INET                    # expect: true
echo s.type == SOCK_DGRAM                   # expect: true
echo s.protocol == IPPROTO_UDP              # expect: true
echo s.get_option(SO_TYPE) == SOCK_DGRAM    # expect: true
echo s.host                                 # expect: 127.0.0.1
echo s.is_bound                             # expect: false
echo s.is_connected                         # expect: false
echo s.is_blocking                          # expect: true
var explicit = Socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP)
echo explicit.protocol == IPPROTO_UDP       # expect: true
s.close()
explicit.close()
