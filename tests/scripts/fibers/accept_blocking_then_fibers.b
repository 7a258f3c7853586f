# A listening socket switches between waiting in the kernel (nothing else
# to run) and parking its fiber (other fibers could run), both ways: an
# accept in a fiber after a blocking accept must not stop the process, or
# the fiber that connects later would never run and this test would hang.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  var s = Socket()
  s.connect('127.0.0.1', server.port, 2000)
  s.send('from child')
  s.close()
  os.exit(0)
}
# no fibers yet: this accept may block in the kernel
var first = server.accept()
first.receive_timeout = 5000
echo first.read(10)                          # expect: from child
echo os.wait(pid)                            # expect: 0
first.close()
var acceptor = spawn(@{
  var conn = server.accept()
  conn.receive_timeout = 5000
  var text = conn.read(10)
  conn.close()
  return text
})
var connector = spawn(@{
  sleep(0.05)
  var s = Socket()
  s.connect('127.0.0.1', server.port, 2000)
  s.send('from fiber')
  s.close()
  return true
})
echo connector.join()                        # expect: true
echo acceptor.join()                         # expect: from fiber
# the fibers are done: a blocking accept works again
pid = os.fork()
if pid == 0 {
  var s = Socket()
  s.connect('127.0.0.1', server.port, 2000)
  s.send('once more!')
  s.close()
  os.exit(0)
}
var last = server.accept()
last.receive_timeout = 5000
echo last.read(10)                           # expect: once more!
echo os.wait(pid)                            # expect: 0
last.close()
server.close()
