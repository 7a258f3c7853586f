# A Linux abstract UNIX name may hold NUL bytes after its first: bind, connect and
# send_to use all of its bytes, and everything that shows one (host, local_address(),
# peer_address(), accept's peer, receive_from, info(), open_sockets(), @to_string and
# error messages) gives all of them, so that a name read back reaches the socket again.
# A NUL byte in a file-system path is still refused.
import socket { * }
import os
var pid = os.getpid()
var name = '@sabre\0abstract\0${pid}'
var server = Socket(AF_UNIX)
server.bind(name)
server.listen()
server.receive_timeout = 2000
echo server.host == name                                    # expect: true
echo server.local_address().path == name                    # expect: true
echo server.local_address().to_string() == name             # expect: true
echo server.info()['address'] == name                       # expect: true
echo to_string(server) == "<Socket unix '${name}' listening>"   # expect: true

# The name cut at its first inner NUL is another name, where nothing listens.
var stranger = Socket(AF_UNIX)
catch { stranger.connect('@sabre', nil, 1000) } as e
echo e.type                                                 # expect: ConnectionRefused
stranger.close()
stranger = Socket(AF_UNIX)
catch { stranger.connect('@sabre\0abstract\0', nil, 1000) } as e
echo e.message       # expect: Socket.connect(): connect to @sabre\0abstract\0: Connection refused
echo e.address.path == '@sabre\0abstract\0'                 # expect: true
stranger.close()

var client_name = '\0sabre\0client\0${pid}'                   # the NUL-first form
var client = Socket(AF_UNIX)
client.bind(client_name)
client.receive_timeout = 2000
echo client.connect(server.local_address().path, nil, 1000)  # expect: true
var peer = server.accept()
var shown = '@' + client_name[1,]
echo peer.host == shown                                     # expect: true
echo peer.peer_address().path == shown                      # expect: true
echo peer.peer_address() == client.local_address()          # expect: true
echo client.peer_address().path == name                     # expect: true
echo to_string(peer) == "<Socket unix '${shown}' connected>"  # expect: true
var listed = open_sockets().map(@(s) { return s['address'] })
echo listed.contains(name) and listed.contains(shown)       # expect: true
client.send('whole name')
echo peer.receive()                                         # expect: whole name

# A second server on the name cut short is a socket of its own.
var short = Socket(AF_UNIX)
echo short.bind('@sabre\0abstract')                         # expect: true
var second = Socket(AF_UNIX)
catch { second.bind(name) } as taken
echo taken.type                                             # expect: AddressInUse
echo taken.message.contains('bind to ${name.replace("\0", "\\0")}')     # expect: true

var a = Socket(AF_UNIX, SOCK_DGRAM)
a.bind('@sabre\0dgram\0a\0${pid}')
a.receive_timeout = 2000
var b = Socket(AF_UNIX, SOCK_DGRAM)
b.bind('@sabre\0dgram\0b\0${pid}')
b.receive_timeout = 2000
b.send_to('one', a.local_address().path)
var got = a.receive_from()
echo got[0]                                                 # expect: one
echo got[1] == b.host                                       # expect: true
a.send_to('back', got[1])
echo b.receive_from()[1] == a.host                          # expect: true

var path_socket = Socket(AF_UNIX)
catch { path_socket.bind('/tmp/sabre\0x') } as e
echo e.type                                                 # expect: ValueError
for s in [server, client, peer, short, second, a, b, path_socket] s.close()
