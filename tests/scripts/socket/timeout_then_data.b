# After a receive times out the socket is still usable: data sent later
# arrives whole, with no byte lost.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.receive_timeout = 100
catch { client.receive() } as e
echo e.type                     # expect: TimeoutError
peer.send('late but whole')
client.receive_timeout = 2000
echo client.receive()           # expect: late but whole
client.receive_timeout = 100
catch { client.receive(5) } as e
echo e.type                     # expect: TimeoutError
peer.send('0123456789')
echo client.receive(5)          # expect: 01234
echo client.receive(5)          # expect: 56789
client.send('and back')
echo peer.receive()             # expect: and back
peer.close()
client.close()
server.close()
