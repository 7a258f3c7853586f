# A peer that never reads: send() of more than the (small) buffers hold
# gives up after send_timeout with TimeoutError, telling how much went out.
import socket { * }
var server = Socket()
server.set_option(SO_RCVBUF, 4096)
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.set_option(SO_SNDBUF, 4096)
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.send_timeout = 150
var size = 4 * 1024 * 1024
var start = microtime()
catch { client.send('z' * size) } as e
var elapsed = (microtime() - start) / 1000
echo e.type                                    # expect: TimeoutError
echo e.errno                                   # expect: 110
echo e.bytes_sent > 0                          # expect: true
echo e.bytes_sent < size                       # expect: true
echo e.message == 'Socket.send(): send after ${e.bytes_sent} of ${size} bytes: timed out'  # expect: true
echo elapsed >= 140 and elapsed < 1500         # expect: true
echo client.is_closed                          # expect: false
# the socket still works: what was sent arrives, in order
var got = peer.receive(10)
echo got                                       # expect: zzzzzzzzzz
peer.close()
client.close()
server.close()
