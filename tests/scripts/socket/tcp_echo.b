# The basic pattern: a forked child serves one connection and echoes.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send(c.receive())
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
s.send('hi')
echo s.receive()    # expect: hi
echo os.wait(pid)   # expect: 0
s.close()
