# Writing to a peer that has closed raises ConnectionReset (EPIPE or
# ECONNRESET), never kills the process with SIGPIPE, and the script goes on.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.send_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
echo os.wait(pid)               # expect: 0
var error = nil
iter var i = 0; i < 1000 and !error; i++ {
  catch { s.send('data ' * 100) } as e
  error = e
}
echo error.type                 # expect: ConnectionReset
echo error.errno == 32 or error.errno == 104  # expect: true
echo error.message.starts_with('Socket.send(): send after ')  # expect: true
echo instance_of(error, SocketException)  # expect: true
echo 'survived'                 # expect: survived
s.close()
