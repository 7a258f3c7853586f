# TCP over ::1: bind, listen, a child echoes, the client connects by the
# IPv6 literal; addresses come back in IPv6 form.
import socket { * }
import os
var server = Socket(AF_INET6)
server.bind(0, '::1')
server.listen()
echo server.host                    # expect: ::1
echo to_string(server) == '<Socket [::1]:${server.port} listening>'  # expect: true
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('v6 ' + c.receive() + ' from ' + c.host)
  c.close()
  os.exit(0)
}
server.close()
var s = Socket(AF_INET6)
s.receive_timeout = 2000
s.connect('::1', server.port, 2000)
s.send('hello')
echo s.receive()                    # expect: v6 hello from ::1
var peer = s.peer_address()
echo peer.ip                # expect: ::1
echo peer.family == AF_INET6     # expect: true
echo peer.port == server.port    # expect: true
echo s.local_address().ip   # expect: ::1
echo os.wait(pid)                   # expect: 0
s.close()
