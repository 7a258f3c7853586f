# After the peer closes, receive() and read() return '' every time, and
# only then; a receive with data pending returns the data first.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('last words')
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo os.wait(pid)               # expect: 0
echo s.receive()                # expect: last words
echo s.receive() == ''          # expect: true
echo s.receive() == ''          # expect: true
echo s.receive(10) == ''        # expect: true
echo s.read(5) == ''            # expect: true
echo s.read() == ''             # expect: true
echo s.is_connected             # expect: true
s.close()
