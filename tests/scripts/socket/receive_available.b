# receive() with no length returns everything that has arrived, even when
# the peer wrote it in several sends.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.send('one ')
  c.send('two ')
  c.send('three')
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo os.wait(pid)               # expect: 0
# the child has written everything and exited: it is all queued here
echo s.receive()                # expect: one two three
echo s.receive()                # expect: 
s.close()
# the same over a socket pair, with more than one 64 KiB chunk queued
var pair = socket_pair()
pair[1].receive_timeout = 2000
pair[0].send('a' * 70000)
pair[0].send('b' * 50)
var all = pair[1].receive()
echo bytes(all).length()        # expect: 70050
echo all.ends_with('ab' + 'b' * 49)  # expect: true
pair[0].close()
pair[1].close()
