# receive(n) returns at most n bytes; the rest stays for the next call.
import socket { * }
import os
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
a.send('abcdefghij')
echo b.receive(4)               # expect: abcd
echo b.receive(4)               # expect: efgh
echo b.receive(4)               # expect: ij
a.send('xyz')
echo b.receive(100)             # expect: xyz
a.close()
b.close()
