# UNIX domain socket server (Pike's "UNIX Domain Socket Server" recipe): answers each client in turn with "Acknowledged". Run: build/sabre examples/unix_server.b [PATH] [CLIENTS] (CLIENTS: exit after that many), then: build/sabre examples/unix_client.b
import socket { Socket, AF_UNIX, SocketException }
import os

var socket_path = os.args.length() > 1 ? os.args[1] : '/tmp/mysocket'
var clients = os.args.length() > 2 ? to_number(os.args[2]) : -1   # -1: serve forever

# Remove the socket file a previous run left: bind() would fail on it.
if file(socket_path).exists() file(socket_path).delete()

var port = Socket(AF_UNIX)
try {
  port.bind(socket_path)
  port.listen()
} catch SocketException e {
  echo "Couldn't bind to ${socket_path}: ${e.message}"
  os.exit(1)
}
echo 'UNIX domain socket server listening on ${socket_path}'

var served = 0
while clients < 0 or served < clients {
  var sock = port.accept()
  served++
  sock.receive_timeout = 10000
  try {
    var data = sock.receive(1024)
    if data {
      echo 'Received: ${data.trim()}'
      sock.send('Acknowledged\n')
    }
  } catch SocketException e {
    echo 'Client failed: ${e.message}'
  }
  sock.close()
}

# Clean up: closing the socket leaves its file behind.
port.close()
file(socket_path).delete()
