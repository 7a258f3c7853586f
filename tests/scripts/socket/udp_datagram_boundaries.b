# Datagrams keep their boundaries: three sends are three receives, and a
# short receive_from(n) returns n bytes and drops the rest of that datagram.
import socket { * }
var a = Socket(AF_INET, SOCK_DGRAM)
a.bind(0, '127.0.0.1')
a.receive_timeout = 2000
var b = Socket(AF_INET, SOCK_DGRAM)
b.bind(0, '127.0.0.1')
b.send_to('first', '127.0.0.1', a.port)
b.send_to('second', '127.0.0.1', a.port)
b.send_to('third one', '127.0.0.1', a.port)
b.send_to('after', '127.0.0.1', a.port)
echo a.receive_from()[0]        # expect: first
echo a.receive_from()[0]        # expect: second
echo a.receive_from(5)[0]       # expect: third
echo a.receive_from()[0]        # expect: after
# receive() on a datagram socket also returns one datagram at a time
b.send_to('x1', '127.0.0.1', a.port)
b.send_to('x2', '127.0.0.1', a.port)
echo a.receive(100)             # expect: x1
echo a.receive(100)             # expect: x2
a.close()
b.close()
