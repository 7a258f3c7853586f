# Who is at the other end (Pike's "Get remote socket address" recipe): connects and prints the peer's address and port. Run: build/sabre examples/peer_address.b [HOST] [PORT]
import socket { create_connection, AF_INET6, SocketException }
import os

var host = os.args.length() > 1 ? os.args[1] : 'example.com'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 80

# host:port, with an IPv6 address in brackets.
def endpoint(address) {
  if address['family'] == AF_INET6 return '[${address['address']}]:${address['port']}'
  return '${address['address']}:${address['port']}'
}

try {
  # create_connection() tries each address the name resolves to (IPv6 and IPv4).
  var sock = create_connection(host, port, 10000)
  echo 'Connected to: ${endpoint(sock.peer_address())}'
  sock.close()
} catch SocketException e {
  echo 'Connection failed: ${e.message}'
  os.exit(1)
}
