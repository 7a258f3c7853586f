# socket_pair() returns two connected AF_UNIX stream sockets; data flows
# both ways and closing one ends the other's stream.
import socket { * }
var pair = socket_pair()
echo typeof(pair)               # expect: list
echo pair.length()              # expect: 2
var a = pair[0], b = pair[1]
a.receive_timeout = 2000
b.receive_timeout = 2000
echo a.family == AF_UNIX        # expect: true
echo a.type == SOCK_STREAM      # expect: true
echo a.is_connected and b.is_connected  # expect: true
echo a.id != b.id               # expect: true
a.send('a to b')
echo b.receive()                # expect: a to b
b.send('b to a')
echo a.receive()                # expect: b to a
a.close()
echo b.receive() == ''          # expect: true
b.close()
