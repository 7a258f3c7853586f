# shutdown(SHUT_RD) (the default) ends reading: receive returns '' at once
# while sending still works.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.receive_timeout = 2000
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.shutdown()
echo client.shutdown_reason == SHUT_RD  # expect: true
echo client.receive() == ''             # expect: true
echo client.send('still writing')       # expect: 13
echo peer.receive()                     # expect: still writing
client.shutdown(SHUT_RDWR)
echo client.shutdown_reason == SHUT_RDWR  # expect: true
echo peer.receive() == ''               # expect: true
peer.close()
client.close()
server.close()
