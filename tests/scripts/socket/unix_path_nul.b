# A NUL byte inside a UNIX socket path raises ValueError instead of
# naming the shorter path before it, in bind, connect, send_to and
# Address; an abstract name (NUL or '@' first) still works.
import socket { * }
import os
var path = '/tmp/sabre_nul_${os.getpid()}'
var s = Socket(AF_UNIX)
catch { s.bind(path + '\0b') } as e
echo e.type                              # expect: ValueError
echo e.message                           # expect: Socket.bind(): a UNIX socket path cannot hold a NUL byte
echo file(path).exists()                 # expect: false
echo s.is_bound                          # expect: false
catch { s.connect(path + '\0b', nil, 100) } as e
echo e.type                              # expect: ValueError
var d = Socket(AF_UNIX, SOCK_DGRAM)
catch { d.send_to('x', path + '\0b') } as e
echo e.type                              # expect: ValueError
catch { Address(path + '\0y') } as e
echo e.type                              # expect: ValueError
echo Address('\0sabre_nul').path         # expect: @sabre_nul
var name = 'sabre_nul_${os.getpid()}'
echo s.bind('\0' + name)                 # expect: true
echo s.local_address().path == '@' + name   # expect: true
s.close()
d.close()
