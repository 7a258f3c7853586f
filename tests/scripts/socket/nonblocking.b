# set_blocking(false): operations that would wait raise SocketException
# with errno EAGAIN at once; after select() says ready they succeed.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.set_blocking(false)
echo server.is_blocking         # expect: false
var start = microtime()
catch { server.accept() } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 11
echo e.message                  # expect: Socket.accept(): accept: it would have to wait, and the socket is non-blocking
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
echo select([server], nil, nil, 1000)[0].length()  # expect: 1
var peer = server.accept()
echo peer.is_connected          # expect: true
client.set_blocking(false)
catch { client.receive() } as e
echo e.errno                    # expect: 11
catch { client.read(4) } as e
echo e.errno                    # expect: 11
echo (microtime() - start) / 1000 < 500   # expect: true
peer.send('ready')
select([client], nil, nil, 1000)
echo client.receive()           # expect: ready
client.set_blocking(true)
echo client.is_blocking         # expect: true
catch { client.set_blocking(1) } as e
echo e.type                     # expect: TypeError
peer.close()
client.close()
server.close()
