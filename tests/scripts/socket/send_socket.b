# Passing a socket to another process: after the fork the parent makes a
# listening TCP socket, sends it to the child over a socket pair and closes
# its own copy; the child, which never had it, accepts the parent's
# connection on it and echoes.
import socket { * }
import os
var pair = socket_pair()
var pid = os.fork()
if pid == 0 {
  pair[0].close()
  var channel = pair[1]
  channel.receive_timeout = 2000
  var listener = channel.receive_socket()
  channel.send('${listener.is_listening} ${listener.is_bound} ${listener.port} ${listener.type == SOCK_STREAM} ${listener.family == AF_INET}')
  listener.receive_timeout = 2000
  var c = listener.accept()
  c.send('child echo: ' + c.receive())
  c.close()
  listener.close()
  os.exit(0)
}
pair[1].close()
var channel = pair[0]
channel.receive_timeout = 2000
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var port = server.port
echo channel.send_socket(server)    # expect: true
server.close()
echo server.is_closed               # expect: true
echo channel.receive() == 'true true ${port} true true'  # expect: true
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', port, 2000)
s.send('passed')
echo s.receive()                    # expect: child echo: passed
echo os.wait(pid)                   # expect: 0
s.close()
channel.close()
