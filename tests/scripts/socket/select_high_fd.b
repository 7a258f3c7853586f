# Descriptors above 1024 (where FD_SETSIZE-based code breaks) work with
# select() and with every operation that waits: accept, connect, receive.
import socket { * }
import os
var limit = os.get_limit(os.RLIMIT_NOFILE)
if limit != -1 and limit < 1300 os.set_limit(os.RLIMIT_NOFILE, 1300)
var filler = []
iter var i = 0; i < 520; i++ { filler.append(socket_pair()) }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
echo server.id > 1024           # expect: true
var client = Socket()
client.receive_timeout = 2000
echo client.id > 1024           # expect: true
client.connect('127.0.0.1', server.port, 2000)
echo select([server], nil, nil, 1000)[0].length()   # expect: 1
var peer = server.accept()
echo peer.id > 1024             # expect: true
echo select([client], nil, nil, 0)[0].length()      # expect: 0
peer.send('high')
var r = select([client], [peer], nil, 1000)
echo r[0].length() == 1 and r[0][0] == client       # expect: true
echo r[1].length() == 1 and r[1][0] == peer         # expect: true
echo client.receive()           # expect: high
client.receive_timeout = 50
catch { client.receive() } as e
echo e.type                     # expect: TimeoutError
peer.close()
client.close()
server.close()
for p in filler {
  p[0].close()
  p[1].close()
}
