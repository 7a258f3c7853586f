# UDP echo server (Pike's "UDP Server" recipe), with broadcast enabled: answers each datagram with "Echo: " and what it said. Run: build/sabre examples/udp_server.b [PORT] [HOST] [DATAGRAMS] (DATAGRAMS: exit after that many), then: build/sabre examples/udp_client.b 127.0.0.1 8080
import socket { Socket, AF_INET, AF_INET6, SOCK_DGRAM, SOL_SOCKET, SO_BROADCAST, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 8080
var host = os.args.length() > 2 ? os.args[2] : '0.0.0.0'            # every interface
var datagrams = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

# host:port, with an IPv6 address in brackets.
def endpoint(host, port) {
  return host.index_of(':') >= 0 ? '[${host}]:${port}' : '${host}:${port}'
}

# Create and bind the UDP socket.
var udp = Socket(host.index_of(':') >= 0 ? AF_INET6 : AF_INET, SOCK_DGRAM)
try {
  udp.bind(port, host)
} catch SocketException e {
  echo 'Failed to bind to port ${port}: ${e.message}'
  os.exit(1)
}
echo 'UDP server listening on port ${udp.port}'

# Enable broadcast, so replies may go to a broadcast address too.
udp.set_option(SO_BROADCAST, true)
echo 'Broadcast enabled: ${udp.get_option(SO_BROADCAST)}'

var received = 0
while datagrams < 0 or received < datagrams {
  # Read a datagram: [data, host, port] of the sender.
  var data
  try {
    data = udp.receive_from()
  } catch SocketException e {
    echo 'Read error: ${e.message}'
    continue
  }
  received++
  var msg = data[0], from_host = data[1], from_port = data[2]
  echo "Received '${msg}' from ${endpoint(from_host, from_port)}"

  # Send the echo back to the sender's address.
  udp.send_to('Echo: ' + msg, from_host, from_port)
}

udp.close()
