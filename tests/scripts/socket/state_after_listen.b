# listen() makes a bound socket a listening server; SO_ACCEPTCONN agrees.
import socket { * }
var s = Socket()
s.bind(0)
echo s.get_option(SO_ACCEPTCONN)    # expect: false
echo s.listen()                     # expect: true
echo s.is_listening                 # expect: true
echo s.is_bound                     # expect: true
echo s.is_connected                 # expect: false
echo s.is_client                    # expect: false
echo s.get_option(SO_ACCEPTCONN)    # expect: true
echo s.port > 0                     # expect: true
# listen(5) on a socket bound to port 0 reports the real port
var t = Socket()
t.bind(0, '127.0.0.1')
t.listen(5)
echo t.is_listening                 # expect: true
echo t.is_bound                     # expect: true
echo t.port == t.local_address().port and t.port > 0  # expect: true
s.close()
t.close()
