# receive_from() names an abstract sender '@name', as local_address() and
# peer_address() do, and that name sends back to it.
import socket { * }
import os
var name_a = '@sabre_dgram_a_${os.getpid()}'
var name_b = '@sabre_dgram_b_${os.getpid()}'
var a = Socket(AF_UNIX, SOCK_DGRAM)
a.bind(name_a)
a.receive_timeout = 2000
var b = Socket(AF_UNIX, SOCK_DGRAM)
b.bind('\0' + name_b[1,])
b.receive_timeout = 2000
b.send_to('one', name_a)
var r = a.receive_from()
echo r[0]                                 # expect: one
echo r[1] == name_b                       # expect: true
echo r[1] == b.local_address().path       # expect: true
a.send_to('back', r[1])
echo b.receive_from()[1] == name_a        # expect: true
a.close()
b.close()
