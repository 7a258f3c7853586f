# An accepted socket starts with the listener's timeouts, and blocking
# even when the listener is non-blocking (as in Python).
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 1234
server.send_timeout = 4321
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
var peer = server.accept()
echo peer.receive_timeout       # expect: 1234
echo peer.send_timeout          # expect: 4321
echo peer.get_option(SO_RCVTIMEO)  # expect: 1234
echo client.receive_timeout     # expect: 0
peer.close()
server.set_blocking(false)
var second = Socket()
second.connect('127.0.0.1', server.port, 2000)
echo select([server], nil, nil, 2000)[0].length()   # expect: 1
var blocking = server.accept()
echo blocking.is_blocking       # expect: true
echo server.is_blocking         # expect: false
blocking.receive_timeout = 100
catch { blocking.receive() } as e
echo e.type                     # expect: TimeoutError
blocking.close()
second.close()
client.close()
server.close()
