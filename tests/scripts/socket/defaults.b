# Socket() with no arguments is an IPv4 TCP socket that is open, blocking,
# unbound and unconnected, with no timeouts and no shutdown yet.
import socket { * }
var s = Socket()
echo s.family == AF_INET            # expect: true
echo s.type == SOCK_STREAM          # expect: true
echo s.protocol == IPPROTO_TCP      # expect: true
echo s.host                         # expect: 127.0.0.1
echo s.port                         # expect: 0
echo s.id >= 0                      # expect: true
echo s.is_client                    # expect: false
echo s.is_bound                     # expect: false
echo s.is_connected                 # expect: false
echo s.is_listening                 # expect: false
echo s.is_closed                    # expect: false
echo s.is_shutdown                  # expect: false
echo s.is_blocking                  # expect: true
echo s.shutdown_reason              # expect: -1
echo s.send_timeout                 # expect: 0
echo s.receive_timeout              # expect: 0
echo typeof(s)                      # expect: Socket
echo s.info()['port']               # expect: 0
s.close()
