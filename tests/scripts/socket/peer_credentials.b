# peer_credentials() names the process at the other end of a UNIX socket.
import socket { * }
import os
var p = socket_pair()
var cred = p[0].peer_credentials()
echo cred['pid'] == os.getpid()           # expect: true
echo cred['uid'] >= 0                     # expect: true
echo p[0].get_option(SO_PEERCRED)['pid'] == os.getpid()   # expect: true
var unconnected = Socket()
catch { unconnected.peer_credentials() } as e
echo e.type                               # expect: SocketException
unconnected.close()
for s in p s.close()
