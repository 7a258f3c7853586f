# create_connection('localhost', port) tries every address localhost
# resolves to (::1 may refuse first) and reaches the IPv4 server.
import socket { * }
var server = create_server(0, '127.0.0.1')
server.receive_timeout = 2000
var s = create_connection('localhost', server.port, 2000)
echo s.is_connected             # expect: true
echo s.family == AF_INET        # expect: true
echo s.host                     # expect: localhost
var peer = server.accept()
peer.send('found you')
s.receive_timeout = 2000
echo s.receive()                # expect: found you
# Socket.connect by name works too
var t = Socket()
echo t.connect('localhost', server.port, 2000)  # expect: true
echo t.peer_address().ip  # expect: 127.0.0.1
t.close()
peer.close()
s.close()
server.close()
