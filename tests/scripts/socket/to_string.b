# echo of a Socket shows its address and state: new, bound, listening,
# connected, closed; IPv6 hosts in brackets.
import socket { * }
var s = Socket()
echo s                          # expect: <Socket 127.0.0.1:0 new>
s.bind(0, '127.0.0.1')
var port = s.port
echo to_string(s) == '<Socket 127.0.0.1:${port} bound>'      # expect: true
s.listen()
echo to_string(s) == '<Socket 127.0.0.1:${port} listening>'  # expect: true
echo '${s}' == '<Socket 127.0.0.1:${port} listening>'        # expect: true
var c = Socket()
c.connect('127.0.0.1', port, 2000)
echo to_string(c) == '<Socket 127.0.0.1:${port} connected>'  # expect: true
c.close()
echo to_string(c) == '<Socket 127.0.0.1:${port} closed>'     # expect: true
s.close()
var v6 = Socket(AF_INET6)
echo v6                         # expect: <Socket [::1]:0 new>
v6.close()
var u = Socket(AF_UNIX)
echo u                          # expect: <Socket unix '' new>
u.close()
