# Data flows both ways: the server speaks first, the client answers, the
# server acknowledges what it got.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('HELLO from server')
  var got = c.receive()
  c.send('server got: ' + got)
  c.close()
  os.exit(got == 'hello from client' ? 0 : 1)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo s.receive()            # expect: HELLO from server
s.send('hello from client')
echo s.receive()            # expect: server got: hello from client
echo s.receive()            # expect: 
echo os.wait(pid)           # expect: 0
s.close()
