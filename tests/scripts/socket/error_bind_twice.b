# A socket binds once: the second bind raises SocketException and the
# first binding stays.
import socket { * }
var s = Socket()
s.bind(0, '127.0.0.1')
var port = s.port
catch { s.bind(0, '127.0.0.1') } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.bind(): the socket is already bound
echo s.port == port             # expect: true
echo s.is_bound                 # expect: true
s.close()
