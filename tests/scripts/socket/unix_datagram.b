# UNIX datagram sockets: send_to a path, receive_from names the sender's
# path (and port 0), boundaries are kept.
import socket { * }
import os
var path_a = '/tmp/sabre_unix_dgram_a_${os.getpid()}.sock'
var path_b = '/tmp/sabre_unix_dgram_b_${os.getpid()}.sock'
var a = Socket(AF_UNIX, SOCK_DGRAM)
a.bind(path_a)
a.receive_timeout = 2000
var b = Socket(AF_UNIX, SOCK_DGRAM)
b.bind(path_b)
b.receive_timeout = 2000
echo b.send_to('one', path_a)   # expect: 3
echo b.send_to('two', path_a)   # expect: 3
var r = a.receive_from()
echo r[0]                       # expect: one
echo r[1] == path_b             # expect: true
echo r[2]                       # expect: 0
echo a.receive_from()[0]        # expect: two
a.send_to('back', r[1])
echo b.receive_from()[0]        # expect: back
a.close()
b.close()
file(path_a).delete()
file(path_b).delete()
echo file(path_a).exists() or file(path_b).exists()  # expect: false
