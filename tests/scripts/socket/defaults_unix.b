# Socket(AF_UNIX) is a UNIX stream socket with protocol 0 and no host yet;
# AF_LOCAL is the same family.
import socket { * }
var s = Socket(AF_UNIX)
echo s.family == AF_UNIX            # expect: true
echo AF_LOCAL == AF_UNIX            # expect: true
echo s.type == SOCK_STREAM          # expect: true
echo s.protocol                     # expect: 0
echo s.host                         # expect: 
echo s.port                         # expect: 0
echo s.is_bound                     # expect: false
echo s.is_connected                 # expect: false
echo s.is_closed                    # expect: false
echo s.shutdown_reason              # expect: -1
var d = Socket(AF_UNIX, SOCK_DGRAM)
echo d.type == SOCK_DGRAM           # expect: true
echo d.protocol                     # expect: 0
s.close()
d.close()
