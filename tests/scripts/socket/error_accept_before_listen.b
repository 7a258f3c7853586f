# accept() on a socket that is not listening raises SocketException.
import socket { * }
var s = Socket()
catch { s.accept() } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.accept(): the socket is not listening: call listen() first
s.bind(0, '127.0.0.1')
catch { s.accept() } as e
echo e.type                     # expect: SocketException
var u = Socket(AF_INET, SOCK_DGRAM)
catch { u.accept() } as e
echo e.type                     # expect: SocketException
catch { u.listen() } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.listen(): listen: Operation not supported
echo e.errno                    # expect: 95
s.close()
u.close()
