# A Linux abstract UNIX name (a leading NUL byte) needs no file: bind,
# connect and echo work, and nothing appears in the file system.
import socket { * }
import os
var name = '\0sabre_abstract_${os.getpid()}'
var server = Socket(AF_UNIX)
echo server.bind(name)          # expect: true
server.listen()
server.receive_timeout = 2000
var client = Socket(AF_UNIX)
client.receive_timeout = 2000
echo client.connect(name, nil, 1000)   # expect: true
var peer = server.accept()
client.send('abstract')
echo peer.receive()             # expect: abstract
echo server.local_address().path == '@sabre_abstract_${os.getpid()}'   # expect: true
echo server.local_address() == Address(name)   # expect: true
echo file('/tmp/sabre_abstract_${os.getpid()}').exists()  # expect: false
peer.close()
client.close()
server.close()
