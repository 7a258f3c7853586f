# A peer that closes with unread data (or with SO_LINGER 0) resets the
# connection: receive raises ConnectionReset (ECONNRESET), not '', whose
# .address is the peer's.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.receive_timeout = 2000
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.send('never read')
select([peer], nil, nil, 1000)
peer.close()
catch { client.receive() } as e
echo e ? e.type : 'no error'    # expect: ConnectionReset
echo e ? e.errno : 0            # expect: 104
echo e ? e.message : ''         # expect: Socket.receive(): receive: Connection reset by peer
client.close()
var c2 = Socket()
c2.receive_timeout = 2000
c2.connect('127.0.0.1', server.port, 2000)
var p2 = server.accept()
p2.set_option(SO_LINGER, 0)
p2.close()
catch { c2.receive() } as e
echo e ? e.type : 'no error'    # expect: ConnectionReset
# .address is the peer that reset, though getpeername no longer knows it
echo e.address.port == server.port   # expect: true
c2.close()
server.close()
