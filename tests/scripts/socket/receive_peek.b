# MSG_PEEK returns data without taking it: the next receive gets the same.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 2000
a.send('peekaboo')
echo b.receive(4, MSG_PEEK)     # expect: peek
echo b.receive(-1, MSG_PEEK)    # expect: peekaboo
echo b.receive(4)               # expect: peek
echo b.receive(100, MSG_PEEK)   # expect: aboo
echo b.receive()                # expect: aboo
a.close()
b.close()
