# One megabyte in one send(): the child reads exactly that much with read()
# and sends back the sum of the byte values, which must match ours.
import socket { * }
import os
var size = 1048576
var data = bytes(size)
var total = 0
iter var i = 0; i < size; i++ {
  var v = (i * 7 + (i >> 8)) % 256
  data[i] = v
  total += v
}
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 5000
  var c = server.accept()
  var got = bytes(c.read(size))
  c.send('${got.length()} ${sum(got.to_list())}')
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 5000
s.connect('127.0.0.1', server.port, 2000)
echo s.send(data)                       # expect: 1048576
echo s.receive() == '${size} ${total}'  # expect: true
echo total > 0                          # expect: true
echo os.wait(pid)                       # expect: 0
s.close()
