# This end's name and addresses (Pike's "Get local address" recipe): a connected socket's local address, the host name and the host's IPv4 addresses. Run: build/sabre examples/local_address.b [HOST] [PORT]
import socket { create_connection, gethostname, get_address_info, SocketException }
import os

var host = os.args.length() > 1 ? os.args[1] : 'example.com'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 80

# The local address of a socket: the interface and port the system chose for it.
try {
  var sock = create_connection(host, port, 10000)
  echo 'Local address: ${sock.local_address()}'
  sock.close()
} catch SocketException e {
  echo 'Connection failed: ${e.message}'
}

# The host name, and the addresses it resolves to.
var hostname = gethostname()
echo 'Hostname: ${hostname}'
try {
  for ip in get_address_info(hostname)['addresses'] {
    echo 'Local IP: ${ip}'
  }
} catch SocketException e {
  echo 'No address for ${hostname}: ${e.message}'
}
