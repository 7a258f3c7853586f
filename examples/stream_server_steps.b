# The four steps of a stream server, one call each: socket, bind, listen, accept (over TCP/IPv4, TCP/IPv6 or a UNIX path). Run: build/sabre examples/stream_server_steps.b [PORT|PATH] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: build/sabre examples/stream_client_steps.b
import socket { Socket, AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SocketException }
import os

var where = os.args.length() > 1 ? os.args[1] : '8080'          # a port, or a path for a UNIX socket
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'      # ::1 for IPv6
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1  # -1: serve forever

var is_unix = where.index_of('/') >= 0
var family = is_unix ? AF_UNIX : host.index_of(':') >= 0 ? AF_INET6 : AF_INET

# 1. socket: creates the socket, of a family (AF_UNIX: a path; AF_INET: IPv4
#    and a port; AF_INET6: IPv6 and a port) and a type (SOCK_STREAM: TCP).
var server = Socket(family, SOCK_STREAM)

# 2. bind: attaches the socket to a location. A UNIX socket is a file, which
#    must not exist yet.
try {
  if is_unix {
    if file(where).exists() file(where).delete()
    server.bind(where)
  } else {
    server.bind(to_number(where), host)
  }
} catch SocketException e {
  echo 'bind: ${e.message}'
  os.exit(1)
}

# 3. listen: accept connections from now on; up to 5 wait in the queue
#    before new ones are refused.
server.listen(5)
echo 'Listening on ${is_unix ? where : "${host} port ${server.port}"}'

# 4. accept: waits for the next connection and returns a new socket for it;
#    the listening socket stays open for the next client.
var served = 0
while clients < 0 or served < clients {
  var conn = server.accept()
  served++
  conn.receive_timeout = 10000
  try {
    # Read until the client shuts down its side, then answer and close.
    var request = ''
    while true {
      var chunk = conn.receive()
      if chunk == '' break
      request += chunk
    }
    var shown = request.length() > 40 ? request[0, 40] + '...' : request
    echo 'Client ${served} sent ${bytes(request).length()} bytes: ${shown}'
    conn.send('Got ${bytes(request).length()} bytes')
  } catch SocketException e {
    echo 'Client ${served} failed: ${e.message}'
  }
  conn.close()
}

server.close()
if is_unix file(where).delete()
