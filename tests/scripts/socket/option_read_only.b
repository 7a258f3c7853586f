# The read-only options: SO_TYPE is the socket type, SO_ERROR is 0 on a
# healthy socket, SO_ACCEPTCONN tells a listener.
import socket { * }
var s = Socket()
echo s.get_option(SO_TYPE) == SOCK_STREAM   # expect: true
echo s.get_option(SO_ERROR)                 # expect: 0
echo s.get_option(SO_ACCEPTCONN)            # expect: false
var u = Socket(AF_INET, SOCK_DGRAM)
echo u.get_option(SO_TYPE) == SOCK_DGRAM    # expect: true
echo u.get_option(SOL_SOCKET, SO_TYPE) == SOCK_DGRAM  # expect: true
s.bind(0, '127.0.0.1')
s.listen()
echo s.get_option(SO_ACCEPTCONN)            # expect: true
echo s.get_option(SO_ERROR)                 # expect: 0
catch { s.set_option(SO_TYPE, SOCK_DGRAM) } as e
echo e.type                                 # expect: SocketException
echo e.errno                                # expect: 92
s.close()
u.close()
