# Sending or receiving on a TCP socket that never connected raises
# SocketException with errno ENOTCONN.
import socket { * }
var s = Socket()
catch { s.send('x') } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 107
echo e.message                  # expect: Socket.send(): the socket is not connected: Transport endpoint is not connected
s.receive_timeout = 100
catch { s.receive() } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 107
catch { s.peer_address() } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 107
echo e.message.starts_with('Socket.peer_address(): peer address: ')   # expect: true
var u = Socket(AF_INET, SOCK_DGRAM)
catch { u.send('x') } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 89
s.close()
u.close()
