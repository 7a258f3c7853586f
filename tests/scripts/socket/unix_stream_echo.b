# A UNIX stream server on a path under /tmp: bind(path), listen, a forked
# child accepts and echoes, the client connect(path)s.
import socket { * }
import os
var path = '/tmp/sabre_unix_stream_${os.getpid()}.sock'
var server = Socket(AF_UNIX)
echo server.bind(path)          # expect: true
server.listen()
echo server.is_listening        # expect: true
echo server.host == path        # expect: true
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('unix:' + c.receive())
  c.close()
  os.exit(0)
}
server.close()
var s = Socket(AF_UNIX)
s.receive_timeout = 2000
echo s.connect(path, nil, 2000) # expect: true
echo s.is_connected             # expect: true
s.send('hello')
echo s.receive()                # expect: unix:hello
echo s.receive()                # expect: 
echo os.wait(pid)               # expect: 0
s.close()
file(path).delete()
echo file(path).exists()        # expect: false
