# socket_pair(AF_UNIX, SOCK_DGRAM) keeps message boundaries.
import socket { * }
var pair = socket_pair(AF_UNIX, SOCK_DGRAM)
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
echo a.type == SOCK_DGRAM       # expect: true
a.send('m1')
a.send('message two')
a.send('3')
echo b.receive()                # expect: m1
echo b.receive()                # expect: message two
echo b.receive()                # expect: 3
b.receive_timeout = 50
catch { b.receive() } as e
echo e.type                     # expect: TimeoutError
catch { socket_pair(AF_INET) } as e
echo e.type                     # expect: SocketException
a.close()
b.close()
