# select() reports a socket readable once its peer has sent, and not before.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
var r = select([b], [], [], 0)
echo r[0].length()              # expect: 0
a.send('ping')
r = select([a, b], nil, nil, 1000)
echo r.length()                 # expect: 3
echo r[0].length()              # expect: 1
echo r[0][0] == b               # expect: true
echo r[1]                       # expect: []
echo r[2]                       # expect: []
b.receive_timeout = 1000
echo b.receive()                # expect: ping
r = select([b], nil, nil, 0)
echo r[0].length()              # expect: 0
a.close()
b.close()
