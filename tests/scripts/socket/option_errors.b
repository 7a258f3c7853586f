# Bad option arguments: a value of the wrong type is a TypeError, an
# unknown option number is a SocketException from the system with the
# option and level in the message.
import socket { * }
var s = Socket()
catch { s.set_option(SO_REUSEADDR, 'yes') } as e
echo e.type                     # expect: TypeError
catch { s.set_option('SO_REUSEADDR', true) } as e
echo e.type                     # expect: TypeError
catch { s.get_option(SOL_SOCKET, 9999) } as e
echo e.type                     # expect: SocketException
echo e.message.starts_with('Socket.get_option(): get option 9999 at level ${SOL_SOCKET}: ')  # expect: true
catch { s.set_option(SOL_SOCKET, 9999, 1) } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 92
catch { s.set_option(IPPROTO_TCP, TCP_NODELAY, true, 1) } as e
echo e.type                     # expect: ArgumentError
s.close()
