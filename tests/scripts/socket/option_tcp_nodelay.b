# TCP_NODELAY through the three-argument form set_option(level, option,
# value) and get_option(level, option).
import socket { * }
var s = Socket()
echo s.get_option(IPPROTO_TCP, TCP_NODELAY)         # expect: false
echo s.set_option(IPPROTO_TCP, TCP_NODELAY, true)   # expect: true
echo s.get_option(IPPROTO_TCP, TCP_NODELAY)         # expect: true
s.set_option(IPPROTO_TCP, TCP_NODELAY, false)
echo s.get_option(IPPROTO_TCP, TCP_NODELAY)         # expect: false
# on a connected socket as well
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
s.connect('127.0.0.1', server.port, 2000)
s.set_option(IPPROTO_TCP, TCP_NODELAY, true)
echo s.get_option(IPPROTO_TCP, TCP_NODELAY)         # expect: true
s.close()
server.close()
