# The module documentation's example, against a local echo server in a
# child: connect, send 'hello', echo the reply, close.
import socket { Socket }
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
var sock = Socket()
sock.receive_timeout = 2000
sock.connect('127.0.0.1', server.port)
sock.send('hello')
echo sock.receive()             # expect: hello
sock.close()
echo os.wait(pid)               # expect: 0
