# connect() and accept() give connected client sockets with the peer's
# address in host/port; the listening socket stays listening.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
echo client.connect('127.0.0.1', server.port, 2000)   # expect: true
echo client.is_connected            # expect: true
echo client.is_client               # expect: true
echo client.is_listening            # expect: false
echo client.host                    # expect: 127.0.0.1
echo client.port == server.port     # expect: true
var accepted = server.accept()
echo accepted.is_connected          # expect: true
echo accepted.is_client             # expect: true
echo accepted.is_listening          # expect: false
echo accepted.is_closed             # expect: false
echo accepted.family == AF_INET     # expect: true
echo accepted.type == SOCK_STREAM   # expect: true
echo accepted.host                  # expect: 127.0.0.1
echo accepted.port == client.local_address().port  # expect: true
echo server.is_listening            # expect: true
echo server.is_connected            # expect: false
accepted.close()
client.close()
server.close()
