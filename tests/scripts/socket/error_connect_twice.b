# Connecting a connected socket again raises SocketException (EISCONN),
# and the socket keeps reporting the peer it is really connected to.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var other = Socket()
other.bind(0, '127.0.0.1')
other.listen()
var s = Socket()
s.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
catch { s.connect('127.0.0.1', other.port, 2000) } as e
echo e ? e.type : 'no error'    # expect: SocketException
echo e ? e.errno : 'no errno'   # expect: 106
echo s.is_connected             # expect: true
echo s.port == server.port      # expect: true
echo s.peer_address().port == server.port   # expect: true
s.send('still here')
echo peer.receive()             # expect: still here
catch { s.listen() } as e
echo e.type                     # expect: SocketException
peer.close()
s.close()
server.close()
other.close()
