# UNIX domain socket client (Pike's "UNIX Domain Socket Client" recipe): sends a greeting and prints the server's whole answer. Run: build/sabre examples/unix_client.b [PATH], with examples/unix_server.b running
import socket { Socket, AF_UNIX, SocketException }
import os

var socket_path = os.args.length() > 1 ? os.args[1] : '/tmp/mysocket'

var sock = Socket(AF_UNIX)
try {
  sock.connect(socket_path)
} catch SocketException e {
  echo "Couldn't connect to ${socket_path}: ${e.message}"
  os.exit(1)
}

sock.send('Hello via UNIX socket!\n')

# Read until the server closes the connection.
sock.receive_timeout = 10000
var response = ''
while true {
  var chunk = sock.receive()
  if chunk == '' break
  response += chunk
}
echo 'Server response: ${response.trim()}'

sock.close()
