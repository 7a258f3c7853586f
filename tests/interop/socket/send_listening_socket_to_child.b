# A listening socket created after fork() is passed to the child with send_socket(); the child accepts a python3 client.
import socket { * }
import os

var pair = socket_pair(AF_UNIX)
var child = os.fork()
if child == 0 {
  # The child: receive the listener, report what it got, serve one echo client, report again.
  pair[0].close()
  var link = pair[1]
  link.receive_timeout = 5000
  var listener = link.receive_socket()
  link.send('got ${listener.is_listening} ${listener.port}\n')
  listener.receive_timeout = 5000
  var conn = listener.accept()
  conn.receive_timeout = 5000
  while true {
    var data = conn.receive()
    if data == '' break
    conn.send('child:' + data)
  }
  conn.close()
  listener.close()
  link.send('served\n')
  os.exit(0)
}
pair[1].close()
var link = pair[0]
link.receive_timeout = 5000

var listener = create_server(0, '127.0.0.1')
var port = listener.port
echo link.send_socket(listener)                  # expect: true
listener.close()                                 # the child now holds the only copy
echo link.read(10 + to_string(port).length()).trim() == 'got true ${port}'  # expect: true

var client_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
for m in [b"one", b"two", b"three"]:
    c.sendall(m)
    assert c.recv(100) == b"child:" + m
c.shutdown(socket.SHUT_WR)
assert c.recv(100) == b""
'
var client = os.fork()
if client == 0 os.exec(['python3', '-c', client_code, to_string(port)])
echo os.wait(client)                             # expect: 0
echo link.read(7).trim()                         # expect: served
echo os.wait(child)                              # expect: 0
link.close()
