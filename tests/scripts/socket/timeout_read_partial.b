# read(n) that times out with part of the data keeps that part: the next
# read (or receive) returns it first, so no byte is lost.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 100
a.send('abc')
catch { b.read(6) } as e
echo e.type                     # expect: TimeoutError
echo e.message                  # expect: Socket.read(): read 3 of 6 bytes: timed out
a.send('def')
echo b.read(6)                  # expect: abcdef
a.send('12')
catch { b.read(4) } as e
echo e.type                     # expect: TimeoutError
a.send('345')
echo b.receive()                # expect: 12
echo b.receive()                # expect: 345
a.send('x')
catch { b.read(3) } as e
a.send('yz')
b.receive_timeout = 2000
echo b.read(3)                  # expect: xyz
a.close()
b.close()
