# SO_KEEPALIVE round trip, and the TCP keep-alive tuning options at level
# IPPROTO_TCP as numbers.
import socket { * }
var s = Socket()
echo s.get_option(SO_KEEPALIVE)             # expect: false
s.set_option(SO_KEEPALIVE, true)
echo s.get_option(SO_KEEPALIVE)             # expect: true
s.set_option(IPPROTO_TCP, TCP_KEEPIDLE, 30)
echo s.get_option(IPPROTO_TCP, TCP_KEEPIDLE)   # expect: 30
s.set_option(IPPROTO_TCP, TCP_KEEPINTVL, 5)
echo s.get_option(IPPROTO_TCP, TCP_KEEPINTVL)  # expect: 5
s.set_option(IPPROTO_TCP, TCP_KEEPCNT, 3)
echo s.get_option(IPPROTO_TCP, TCP_KEEPCNT)    # expect: 3
s.set_option(SO_KEEPALIVE, false)
echo s.get_option(SO_KEEPALIVE)             # expect: false
s.close()
