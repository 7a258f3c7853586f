# After bind(0, '127.0.0.1') the socket is bound (not listening, not
# connected) and port holds the real port the system picked.
import socket { * }
var s = Socket()
echo s.bind(0, '127.0.0.1')         # expect: true
echo s.is_bound                     # expect: true
echo s.is_listening                 # expect: false
echo s.is_connected                 # expect: false
echo s.is_client                    # expect: false
echo s.is_closed                    # expect: false
echo s.host                         # expect: 127.0.0.1
echo s.port > 0 and s.port < 65536  # expect: true
echo s.local_address().port == s.port  # expect: true
echo s.info()['address']            # expect: 127.0.0.1
s.close()
