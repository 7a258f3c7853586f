# A UNIX socket's addresses and display use its path; connecting to a path
# with no listener raises (ENOENT when nothing is there at all).
import socket { * }
import os
var path = '/tmp/sabre_unix_addr_${os.getpid()}.sock'
var server = Socket(AF_UNIX)
server.bind(path)
server.listen()
echo server == server           # expect: true
echo to_string(server) == "<Socket unix '${path}' listening>"  # expect: true
var la = server.local_address()
echo la.path == path      # expect: true
echo la.port                 # expect: 0
echo la.family == AF_UNIX    # expect: true
var client = Socket(AF_UNIX)
client.connect(path, nil, 1000)
server.receive_timeout = 2000
var peer = server.accept()
echo client.peer_address().path == path  # expect: true
echo peer.is_connected          # expect: true
echo to_string(client) == "<Socket unix '${path}' connected>"  # expect: true
peer.close()
client.close()
server.close()
file(path).delete()
var lost = Socket(AF_UNIX)
catch { lost.connect(path, nil, 1000) } as e
echo e.type                     # expect: SocketException
echo e.errno                    # expect: 2
echo e.message == 'Socket.connect(): connect to ${path}: No such file or directory'  # expect: true
lost.close()
