# receive(n, MSG_WAITALL) waits for all n bytes although they come in
# pieces; a plain receive(n) returns the first piece.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.set_option(IPPROTO_TCP, TCP_NODELAY, true)
  iter var i = 0; i < 2; i++ {
    c.send('abc')
    os.sleep(0.2)
    c.send('def')
    c.receive(1)   # the client's go-ahead for the next round
  }
  c.send('xy')
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo s.receive(6, MSG_WAITALL)  # expect: abcdef
s.send('.')
echo s.receive(6)               # expect: abc
echo s.receive(3, MSG_WAITALL)  # expect: def
s.send('.')
# the stream ends before 10 bytes arrive: what came is returned
echo s.receive(10, MSG_WAITALL) # expect: xy
echo s.receive(10, MSG_WAITALL) # expect: 
echo os.wait(pid)               # expect: 0
s.close()
