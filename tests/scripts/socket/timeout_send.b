# A peer that never reads: send() of more than the buffers hold gives up
# after send_timeout with TimeoutError, telling how much went out.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
client.send_timeout = 150
var big = 'z' * (16 * 1024 * 1024)
catch { client.send(big) } as e
echo e.type                                    # expect: TimeoutError
echo e.bytes_sent > 0                          # expect: true
echo e.bytes_sent < 16 * 1024 * 1024           # expect: true
echo e.message.starts_with('Socket.send(): send after ${e.bytes_sent} of 16777216 bytes: timed out')  # expect: true
echo client.is_closed                          # expect: false
peer.close()
client.close()
server.close()
