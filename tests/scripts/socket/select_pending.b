# A socket holding bytes kept from a timed-out read() is readable for
# select() even though the system has nothing more for it.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 50
a.send('ab')
catch { b.read(5) } as e
echo e.type                     # expect: TimeoutError
var r = select([b], nil, nil, 0)
echo r[0].length()              # expect: 1
echo b.receive()                # expect: ab
echo select([b], nil, nil, 0)[0].length()   # expect: 0
a.close()
b.close()
