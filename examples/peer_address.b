# Who is at the other end (Pike's "Get remote socket address" recipe): connects and prints the peer's address and port. Run: build/sabre examples/peer_address.b [HOST] [PORT]
import socket { create_connection, SocketException }
import os

var host = os.args.length() > 1 ? os.args[1] : 'example.com'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 80

try {
  # create_connection() tries each address the name resolves to (IPv6 and IPv4).
  var sock = create_connection(host, port, 10000)
  echo 'Connected to: ${sock.peer_address()}'
  sock.close()
} catch SocketException e {
  echo 'Connection failed: ${e.message}'
  os.exit(1)
}
