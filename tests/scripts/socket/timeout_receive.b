# A silent peer: receive() gives up after receive_timeout with TimeoutError
# (a SocketException with errno ETIMEDOUT) and the socket stays open.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var client = Socket()
client.connect('127.0.0.1', server.port, 2000)
client.receive_timeout = 150
var start = microtime()
catch { client.receive() } as e
var elapsed = (microtime() - start) / 1000
echo e.type                                     # expect: TimeoutError
echo e.message                                  # expect: Socket.receive(): receive: timed out
echo e.errno                                    # expect: 110
echo instance_of(e, TimeoutError)               # expect: true
echo instance_of(e, SocketException)            # expect: true
echo elapsed >= 140 and elapsed < 1500          # expect: true
echo client.is_closed                           # expect: false
echo client.is_connected                        # expect: true
catch { client.receive(10) } as e2
echo e2.type                                    # expect: TimeoutError
catch { client.read(10) } as e3
echo e3.message                                 # expect: Socket.read(): read 0 of 10 bytes: timed out
client.close()
server.close()
