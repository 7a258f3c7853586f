# TCP client (Pike's "Connect to TCP server"): sends an HTTP/1.0 GET and reports how many bytes came back. Run: build/sabre examples/tcp_client.b [HOST] [PORT]
import socket { Socket, SocketException }
import os

var remote_host = os.args.length() > 1 ? os.args[1] : 'example.com'
var remote_port = os.args.length() > 2 ? to_number(os.args[2]) : 80

var sock = Socket()
try {
  sock.connect(remote_host, remote_port, 10000)   # gives up after 10 s
} catch SocketException e {
  echo "Couldn't connect to ${remote_host}:${remote_port}: ${e.message}"
  os.exit(1)
}

# Send the request.
sock.send('GET / HTTP/1.0\r\nHost: ${remote_host}\r\n\r\n')

# Read the response: receive() returns what has arrived, '' once the server
# has closed the connection (HTTP/1.0 closes after the response).
sock.receive_timeout = 10000
var answer = ''
while true {
  var chunk = sock.receive()
  if chunk == '' break
  answer += chunk
}
echo 'Received ${bytes(answer).length()} bytes'

sock.close()
