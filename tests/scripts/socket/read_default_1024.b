# read() with no length reads 1024 bytes at a time.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
a.send('x' * 3000)
a.close()
echo b.read().length()          # expect: 1024
echo b.read().length()          # expect: 1024
echo b.read().length()          # expect: 952
echo b.read()                   # expect: 
b.close()
