# Strings are byte-safe: NUL bytes pass through both ways unchanged.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  var got = c.read(7)
  c.send(got + '\0\0')
  c.close()
  os.exit(got == 'a\0b\0\0c\0' ? 0 : 1)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo s.send('a\0b\0\0c\0')      # expect: 7
var back = s.read(9)
echo bytes(back).length()       # expect: 9
echo back == 'a\0b\0\0c\0\0\0'  # expect: true
echo bytes(back)                # expect: bytes([97, 0, 98, 0, 0, 99, 0, 0, 0])
echo os.wait(pid)               # expect: 0
s.close()
