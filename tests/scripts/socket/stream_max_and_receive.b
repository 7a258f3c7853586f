# read_line(max) returns long lines in pieces, and receive() returns what
# read_line left in the buffer before reading the socket again.
import socket { * }
var p = socket_pair()
p[0].send('abcdefghij\nrest of the data')
echo p[1].read_line(4)      # expect: abcd
echo p[1].read_line(100)    # expect: efghij
# expect: 
echo p[1].receive(7)        # expect: rest of
echo p[1].receive()         # expect:  the data
for s in p s.close()
