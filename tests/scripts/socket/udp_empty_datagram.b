# A zero-length datagram is sent and received as ''.
import socket { * }
var a = Socket(AF_INET, SOCK_DGRAM)
a.bind(0, '127.0.0.1')
a.receive_timeout = 2000
var b = Socket(AF_INET, SOCK_DGRAM)
b.bind(0, '127.0.0.1')
echo b.send_to('', '127.0.0.1', a.port)   # expect: 0
b.send_to('next', '127.0.0.1', a.port)
var r = a.receive_from()
echo r[0] == ''                 # expect: true
echo r[1]                       # expect: 127.0.0.1
echo a.receive_from()[0]        # expect: next
a.close()
b.close()
