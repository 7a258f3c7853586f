# Fifty request/reply round trips on one connection, each answered in order.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  var count = 0
  while true {
    var m = c.receive()
    if m == '' break
    c.send('<' + m + '>')
    count++
  }
  c.close()
  os.exit(count == 50 ? 0 : 1)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
var ok = 0
iter var i = 0; i < 50; i++ {
  s.send('m${i}')
  if s.receive() == '<m${i}>' ok++
}
echo ok                     # expect: 50
s.shutdown(SHUT_WR)
echo s.receive()            # expect: 
echo os.wait(pid)           # expect: 0
s.close()
