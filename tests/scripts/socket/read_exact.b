# read(n) waits for exactly n bytes even when they arrive in pieces, and
# returns fewer only when the stream ends first.
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
  c.send('hel')
  os.sleep(0.05)
  c.send('lo wo')
  os.sleep(0.05)
  c.send('rld!')
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo s.read(5)                  # expect: hello
echo s.read(6)                  # expect:  world
echo s.read(10)                 # expect: !
echo s.read(10)                 # expect: 
echo os.wait(pid)               # expect: 0
s.close()
