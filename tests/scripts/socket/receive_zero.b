# receive(0) returns '' at once and takes nothing.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 200
echo b.receive(0) == ''         # expect: true
a.send('abc')
echo b.receive(0) == ''         # expect: true
echo b.receive()                # expect: abc
a.close()
b.close()
