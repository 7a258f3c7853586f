# The seed's example, unchanged except for the peer: a child listens on a
# port the system picks (the seed uses 127.0.0.1:4000), sends a message and
# checks the reply 'You sent: ' + message.
import socket { Socket }
import os
var listener = Socket()
listener.bind(0, '127.0.0.1')
listener.listen()
var port = listener.port
var pid = os.fork()
if pid == 0 {
  listener.receive_timeout = 2000
  var peer = listener.accept()
  peer.send('hello sabre')
  var reply = peer.receive()
  peer.close()
  os.exit(reply == 'You sent: hello sabre' ? 0 : 1)
}
listener.close()

var socket = Socket()
socket.receive_timeout = 2000
socket.connect('127.0.0.1', port)

var message_from_client = socket.receive()
socket.send('You sent: ' + message_from_client)

socket.close()
echo message_from_client        # expect: hello sabre
echo os.wait(pid)               # expect: 0
