# The two steps of a stream client, one call each: socket, connect (over TCP/IPv4, TCP/IPv6 or a UNIX path); then send, shut down the sending side, and read the answer. Run: build/sabre examples/stream_client_steps.b [PORT|PATH] [HOST] [MESSAGE]
import socket { Socket, AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SHUT_WR, SocketException }
import os

var where = os.args.length() > 1 ? os.args[1] : '8080'
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var message = os.args.length() > 3 ? os.args[3] : 'Hello, server!'

var is_unix = where.index_of('/') >= 0

# 1. socket: the same family and type as the server's.
var sock = Socket(is_unix ? AF_UNIX : host.index_of(':') >= 0 ? AF_INET6 : AF_INET, SOCK_STREAM)

# 2. connect: to the server's location; the socket can now send and receive.
try {
  if is_unix sock.connect(where)
  else sock.connect(host, to_number(where), 10000)
} catch SocketException e {
  echo 'connect: ${e.message}'
  os.exit(1)
}

sock.send(message)
sock.shutdown(SHUT_WR)   # the server's next receive returns '': the request is complete

sock.receive_timeout = 10000
var reply = ''
while true {
  var chunk = sock.receive()
  if chunk == '' break
  reply += chunk
}
echo 'Server replied: ${reply}'
sock.close()
