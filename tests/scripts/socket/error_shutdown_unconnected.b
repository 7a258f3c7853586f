# shutdown() of a socket that never connected raises SocketException
# (ENOTCONN) and records nothing; a bad `how` is a ValueError.
import socket { * }
var s = Socket()
catch { s.shutdown(SHUT_RDWR) } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 107
echo e.message                  # expect: Socket.shutdown(): shutdown: Transport endpoint is not connected
echo s.is_shutdown              # expect: false
echo s.shutdown_reason          # expect: -1
var pair = socket_pair()
catch { pair[0].shutdown(3) } as e
echo e.type                     # expect: ValueError
catch { pair[0].shutdown(-1) } as e
echo e.type                     # expect: ValueError
echo pair[0].shutdown_reason    # expect: -1
s.close()
pair[0].close()
pair[1].close()
