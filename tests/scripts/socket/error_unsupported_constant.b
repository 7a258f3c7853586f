# A constant this system lacks has the value -1; passing it raises
# SocketException saying so, instead of a confusing system error.
import socket { * }
echo AF_IMPLINK                 # expect: -1
echo SO_USELOOPBACK             # expect: -1
catch { Socket(-1) } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket(): family is -1, the value of a constant this system does not support
catch { Socket(AF_IMPLINK) } as e
echo e.type                     # expect: SocketException
catch { Socket(AF_INET, -1) } as e
echo e.message                  # expect: Socket(): type is -1, the value of a constant this system does not support
catch { Socket(AF_INET, SOCK_STREAM, IPPROTO_MAX) } as e
echo e.message                  # expect: Socket(): protocol is -1, the value of a constant this system does not support
var s = Socket()
catch { s.set_option(SO_USELOOPBACK, true) } as e
echo e.type                     # expect: SocketException
echo e.message                  # expect: Socket.set_option(): the option is -1, the value of a constant this system does not support
catch { s.get_option(SO_USELOOPBACK) } as e
echo e.type                     # expect: SocketException
catch { get_address_info('localhost', 'http', AF_IMPLINK) } as e
echo e.type                     # expect: SocketException
s.close()
