# accept() waits at most receive_timeout: with no client it raises
# TimeoutError, and the listener still accepts the next client.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 150
var start = microtime()
catch { server.accept() } as e
var elapsed = (microtime() - start) / 1000
echo e.type                             # expect: TimeoutError
echo e.message                          # expect: Socket.accept(): accept: timed out
echo e.errno                            # expect: 110
echo elapsed >= 140 and elapsed < 1500  # expect: true
echo server.is_listening                # expect: true
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
echo peer.is_connected                  # expect: true
echo peer.receive_timeout               # expect: 150
peer.close()
client.close()
server.close()
