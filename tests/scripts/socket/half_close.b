# Half-close: the client sends its request and shuts down its writing side;
# the server reads to the end of the stream, then replies, and the client
# still receives the reply.
import socket { * }
import os
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var pid = os.fork()
if pid == 0 {
  server.receive_timeout = 2000
  var c = server.accept()
  var request = ''
  while true {
    var part = c.receive()
    if part == '' break
    request += part
  }
  c.send('got ${bytes(request).length()} bytes: ' + request)
  c.close()
  os.exit(0)
}
server.close()
var s = Socket()
s.receive_timeout = 2000
s.connect('127.0.0.1', server.port, 2000)
s.send('request body')
echo s.shutdown(SHUT_WR)            # expect: true
echo s.is_shutdown                  # expect: true
echo s.shutdown_reason == SHUT_WR   # expect: true
echo s.is_connected                 # expect: true
echo s.receive()                    # expect: got 12 bytes: request body
echo s.receive()                    # expect: 
catch { s.send('more') } as e
echo e.type                         # expect: SocketException
echo os.wait(pid)                   # expect: 0
s.close()
