# A listening socket becomes readable when a client is waiting, and a
# socket whose peer closed is readable (receive then returns '').
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
echo select([server], nil, nil, 0)[0].length()   # expect: 0
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
echo select([server], nil, nil, 1000)[0].length()  # expect: 1
server.receive_timeout = 1000
var peer = server.accept()
peer.close()
var r = select([client], nil, nil, 1000)
echo r[0].length()              # expect: 1
client.receive_timeout = 1000
echo client.receive() == ''     # expect: true
client.close()
server.close()
