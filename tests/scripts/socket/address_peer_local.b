# peer_address() and local_address() of both ends of a connection mirror
# each other.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
var cl = client.local_address(), cp = client.peer_address()
var sl = peer.local_address(), sp = peer.peer_address()
echo cp.ip              # expect: 127.0.0.1
echo cp.port == server.port  # expect: true
echo cp.family == AF_INET    # expect: true
echo sl.port == server.port  # expect: true
echo sp.port == cl.port   # expect: true
echo sp.ip == cl.ip  # expect: true
echo cl.port != server.port  # expect: true
echo cp == sl                   # expect: true
echo peer.port == cl.port    # expect: true
catch { server.peer_address() } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 107
peer.close()
client.close()
server.close()
