# bind('') on a UNIX socket autobinds, as in Linux and Python: the system
# picks a free abstract name ('@' and five hex digits), which sock.host,
# local_address() and a peer's peer_address() show, and a client
# reaches it by that name. Two autobinds get two names.
import socket { * }
var server = Socket(AF_UNIX)
echo server.bind('')                                          # expect: true
var name = server.host
echo name.matches('/^@[0-9a-f]{5}$/')                        # expect: true
echo server.local_address().path == name                     # expect: true
var other = Socket(AF_UNIX)
other.bind('')
echo other.host != name                                       # expect: true
server.listen()
server.receive_timeout = 2000
var client = Socket(AF_UNIX)
client.bind('')
client.connect(name)
var accepted = server.accept()
echo accepted.peer_address() == client.local_address()        # expect: true
client.send('autobound')
accepted.receive_timeout = 2000
echo accepted.receive()                                       # expect: autobound
# connect() has nothing to autobind: an empty path is refused.
var lost = Socket(AF_UNIX)
catch { lost.connect('') } as e
echo e.errno                                                  # expect: 22
for s in [server, other, client, accepted, lost] s.close()
