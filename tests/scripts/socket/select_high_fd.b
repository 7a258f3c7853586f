# Descriptors above 1024 (where FD_SETSIZE-based code breaks) work with
# select() and with every operation that waits: accept, connect, receive,
# a send that has to wait for room, and a UDP receive_from.
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
# A send larger than the buffers waits for the reader, in a fiber.
var reader = spawn(@{
  var got = 0
  while got < 4000000 got += client.receive(65536).length()
  return got
})
client.receive_timeout = 5000
peer.send_timeout = 5000
echo peer.send('s' * 4000000)   # expect: 4000000
echo reader.join()              # expect: 4000000
var udp = Socket(AF_INET, SOCK_DGRAM)
udp.bind(0, '127.0.0.1')
udp.receive_timeout = 2000
echo udp.id > 1024              # expect: true
var sender = Socket(AF_INET, SOCK_DGRAM)
sender.send_to('datagram', '127.0.0.1', udp.port)
echo udp.receive_from()[0]      # expect: datagram
udp.close()
sender.close()
peer.close()
client.close()
server.close()
for p in filler {
  p[0].close()
  p[1].close()
}
