# UDP client (Pike's "UDP Client" recipe): sends one datagram and waits up to 5 s for the answer. Run: build/sabre examples/udp_client.b HOST PORT [MESSAGE]
import socket { Socket, AF_INET, AF_INET6, SOCK_DGRAM, TimeoutError }
import os

if os.args.length() < 3 {
  echo 'Usage: ${os.args[0]} host port [message]'
  os.exit(1)
}
var host = os.args[1]
var port = to_number(os.args[2])
var msg = os.args.length() > 3 ? os.args[3] : 'Hello, UDP!'

# host:port, with an IPv6 address in brackets.
def endpoint(host, port) {
  return host.index_of(':') >= 0 ? '[${host}]:${port}' : '${host}:${port}'
}

# An IPv6 host needs an IPv6 socket.
var udp = Socket(host.index_of(':') >= 0 ? AF_INET6 : AF_INET, SOCK_DGRAM)

# Send the datagram.
udp.send_to(msg, host, port)
echo "Sent '${msg}' to ${endpoint(host, port)}"

# Wait for a response, for 5 s at most.
udp.receive_timeout = 5000
try {
  var response = udp.receive_from(1024)   # [data, host, port]
  echo "Received '${response[0]}' from ${endpoint(response[1], response[2])}"
} catch TimeoutError e {
  echo 'No response (timeout)'
}

udp.close()
