# One listener serves several clients in turn; each gets its own socket
# and its own answer.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  iter var i = 0; i < 3; i++ {
    var c = server.accept()
    c.send('you are client ${i}, you said ' + c.receive())
    c.close()
  }
  os.exit(0)
}
server.close()
var clients = []
iter var i = 0; i < 3; i++ {
  var s = Socket()
  s.receive_timeout = 2000
  s.connect('127.0.0.1', server.port, 2000)
  clients.append(s)
}
iter var i = 0; i < 3; i++ {
  clients[i].send('c${i}')
  echo clients[i].receive()
}
# expect: you are client 0, you said c0
# expect: you are client 1, you said c1
# expect: you are client 2, you said c2
echo os.wait(pid)               # expect: 0
for s in clients {
  s.close()
}
