# The datagram server's steps: create a socket, bind it, wait for datagrams (UDP over IPv4 or IPv6, or a UNIX datagram path). Run: build/sabre examples/datagram_receiver.b [PORT|PATH] [HOST] [COUNT] (COUNT: exit after that many), then: build/sabre examples/datagram_sender.b 9999 127.0.0.1 hello
import socket { Socket, AF_INET, AF_INET6, AF_UNIX, SOCK_DGRAM, SocketException }
import os

var where = os.args.length() > 1 ? os.args[1] : '9999'          # a port, or a path
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var count = os.args.length() > 3 ? to_number(os.args[3]) : -1    # -1: forever

var is_unix = where.index_of('/') >= 0

# 1. Create the socket: SOCK_DGRAM, a datagram socket (UDP for AF_INET/AF_INET6).
var sock = Socket(is_unix ? AF_UNIX : host.index_of(':') >= 0 ? AF_INET6 : AF_INET, SOCK_DGRAM)

# 2. Bind it to the address senders will use.
try {
  if is_unix {
    if file(where).exists() file(where).delete()
    sock.bind(where)
  } else {
    sock.bind(to_number(where), host)
  }
} catch SocketException e {
  echo 'bind: ${e.message}'
  os.exit(1)
}
echo 'Waiting for datagrams on ${is_unix ? where : "${host} port ${sock.port}"}'

# 3. Wait for datagrams: each arrives whole, with the sender's address. There
#    is no connection and no reply; over UDP a datagram may be lost or reordered.
var received = 0
while count < 0 or received < count {
  var datagram = sock.receive_from()   # [data, host, port]
  received++
  var sender = is_unix ? (datagram[1] ? datagram[1] : 'an unbound socket') : '${datagram[1]} port ${datagram[2]}'
  echo 'Datagram ${received} from ${sender}: ${datagram[0]}'
}

sock.close()
if is_unix file(where).delete()
