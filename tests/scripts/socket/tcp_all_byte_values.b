# All 256 byte values, sent as a string, come back byte for byte; the
# child checks each value it received and reports through its exit status.
import socket { * }
import os
var b = bytes(256)
iter var i = 0; i < 256; i++ { b[i] = i }
var all = b.to_string()
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  var got = bytes(c.read(256))
  var good = got.length() == 256
  iter var i = 0; i < 256 and good; i++ {
    if got[i] != i good = false
  }
  c.send(got)
  c.close()
  os.exit(good ? 0 : 1)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo s.send(all)                # expect: 256
var back = s.read(256)
echo back == all                # expect: true
var bb = bytes(back)
echo bb.length()                # expect: 256
echo [bb[0], bb[127], bb[128], bb[255]]   # expect: [0, 127, 128, 255]
echo sum(bb.to_list())          # expect: 32640
echo os.wait(pid)               # expect: 0
s.close()
