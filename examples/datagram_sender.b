# The datagram client's steps: create a socket, send to an address, one datagram per message, no connection (UDP over IPv4 or IPv6, or a UNIX datagram path). Run: build/sabre examples/datagram_sender.b [PORT|PATH] [HOST] [MESSAGE...], with examples/datagram_receiver.b running
import socket { Socket, AF_INET, AF_INET6, AF_UNIX, SOCK_DGRAM, SocketException }
import os

var where = os.args.length() > 1 ? os.args[1] : '9999'
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var messages = os.args.length() > 3 ? os.args[3, os.args.length()] : ['Hello, datagram!']

var is_unix = where.index_of('/') >= 0

# 1. Create the socket.
var sock = Socket(is_unix ? AF_UNIX : host.index_of(':') >= 0 ? AF_INET6 : AF_INET, SOCK_DGRAM)

# 2. Send to the address: each send_to() is one datagram.
for message in messages {
  try {
    var sent = is_unix ? sock.send_to(message, where) : sock.send_to(message, host, to_number(where))
    echo 'Sent ${sent} bytes: ${message}'
  } catch SocketException e {
    echo 'send_to: ${e.message}'
    os.exit(1)
  }
}
sock.close()
