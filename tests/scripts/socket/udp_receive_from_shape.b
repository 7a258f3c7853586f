# receive_from() returns a list [data, host, port] naming the sender's
# address and port; send_to returns the bytes sent.
import socket { * }
var a = Socket(AF_INET, SOCK_DGRAM)
a.bind(0, '127.0.0.1')
a.receive_timeout = 2000
var b = Socket(AF_INET, SOCK_DGRAM)
b.bind(0, '127.0.0.1')
echo b.send_to('hello', '127.0.0.1', a.port)   # expect: 5
var r = a.receive_from()
echo typeof(r)                  # expect: list
echo r.length()                 # expect: 3
echo r[0]                       # expect: hello
echo r[1]                       # expect: 127.0.0.1
echo r[2] == b.port             # expect: true
echo b.send_to(bytes([0, 255]), '127.0.0.1', a.port)  # expect: 2
echo bytes(a.receive_from()[0]) # expect: bytes([0, 255])
a.close()
b.close()
