# send() takes a bytes object as well as a string; receive() returns a string
# with the same bytes.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
echo a.send(bytes([0, 1, 2, 254, 255]))   # expect: 5
var got = b.read(5)
echo typeof(got)                          # expect: string
echo bytes(got)                           # expect: bytes([0, 1, 2, 254, 255])
echo a.send(bytes(0))                     # expect: 0
echo a.send(bytes('text'))                # expect: 4
echo b.read(4)                            # expect: text
a.close()
b.close()
