# send() returns the number of bytes sent: bytes, not characters.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
echo a.send('hello')            # expect: 5
echo a.send('')                 # expect: 0
echo a.send('é')                # expect: 2
echo a.send('x' * 70000)        # expect: 70000
echo bytes(b.read(70007)).length()   # expect: 70007
a.close()
b.close()
