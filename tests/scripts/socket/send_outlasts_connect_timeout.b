# A blocking send may take longer than the connect's timeout: the peer
# starts reading only after twice that time, and send() still sends all
# of 8 MiB (more than the socket buffers hold) and returns the count.
import socket { * }
import os
var size = 8 * 1024 * 1024
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 5000
  var c = server.accept()
  c.receive_timeout = 5000
  os.sleep(0.4)
  c.send('${c.read(-1).length()}')
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.connect('127.0.0.1', server.port, 200)
var start = microtime()
echo s.send('z' * size)                       # expect: 8388608
echo (microtime() - start) / 1000 >= 300      # expect: true
s.shutdown(SHUT_WR)
s.receive_timeout = 5000
echo s.receive() == '${size}'                 # expect: true
echo os.wait(pid)                             # expect: 0
s.close()
