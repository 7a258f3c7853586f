# accept() when the process is out of descriptors only because of dropped
# sockets: the collector reclaims them and the connection is accepted.
import socket { * }
import os
os.set_limit(os.RLIMIT_NOFILE, 64)
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
server.receive_timeout = 2000
var client = Socket()
client.receive_timeout = 2000
client.connect('127.0.0.1', server.port, 2000)
# take every free descriptor, then drop the sockets without closing them
var held = []
try {
  while true {
    held.append(Socket())
  }
} catch SocketException e {
  echo e.errno                  # expect: 24
}
held = nil
var peer = server.accept()
echo peer.is_connected          # expect: true
peer.send('accepted')
echo client.receive()           # expect: accepted
# The collector warns for each socket it had to close (the runner sets
# SABRE_WARN_UNCLOSED).
# expect error: was never closed; the collector closed it
# expect exit: 0
