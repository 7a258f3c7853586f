# The article's Node.js echo server, with a fiber per connection: greets with "Echo server" and sends back everything the client sends. Run: build/sabre examples/node_echo_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: socat - TCP:127.0.0.1:1337
import socket { create_server, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 1337
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

# What net.createServer(function (socket) { ... }) runs for each connection;
# here it runs in a fiber of its own, so connections are served together.
def on_connection(socket) {
  try {
    socket.send('Echo server\r\n')
    # socket.pipe(socket): send back whatever arrives, until the client ends its side.
    while true {
      var data = socket.receive()
      if data == '' break
      socket.send(data)
    }
  } catch SocketException e {
    echo 'Connection failed: ${e.message}'
  }
  socket.close()
}

# server.listen(1337, '127.0.0.1')
var server = create_server(port, host)
echo 'Echo server on ${host} port ${server.port}'

var fibers = []
while clients < 0 or fibers.length() < clients {
  fibers.append(spawn(on_connection, server.accept()))
}
for f in fibers f.join()
server.close()
echo 'Served ${fibers.length()} connections'
