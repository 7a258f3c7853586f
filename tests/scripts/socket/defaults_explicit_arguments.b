# The seed says Socket() is the same as Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP).
import socket { * }
var a = Socket()
var b = Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
var props = ['family', 'type', 'protocol', 'host', 'port', 'is_client', 'is_bound',
  'is_connected', 'is_listening', 'is_closed', 'is_shutdown', 'is_blocking',
  'shutdown_reason', 'send_timeout', 'receive_timeout']
var same = true
for p in props {
  if getprop(a, p) != getprop(b, p) {
    echo 'differs: ${p}'
    same = false
  }
}
echo same                                   # expect: true
echo a.get_option(SO_TYPE) == b.get_option(SO_TYPE)  # expect: true
echo a.id != b.id                           # expect: true
a.close()
b.close()
