# TCP server (Pike's "Create TCP server"): answers each client in turn with "Acknowledged". Run: build/sabre examples/tcp_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: echo hi | socat - TCP:127.0.0.1:8080
import socket { create_server, SocketException }
import os

var server_port = os.args.length() > 1 ? to_number(os.args[1]) : 8080
var host = os.args.length() > 2 ? os.args[2] : '0.0.0.0'          # every interface
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

# create_server() is socket + bind + listen; Sabre sets SO_REUSEADDR on TCP
# sockets it binds (Pike's PORT_REUSE_ADDRESS), so a restarted server binds at once.
var mainsock
try {
  mainsock = create_server(server_port, host)
} catch SocketException e {
  echo "Couldn't be a tcp server on port ${server_port}: ${e.message}"
  os.exit(1)
}
echo 'Server listening on port ${mainsock.port}'

var served = 0
while clients < 0 or served < clients {
  var sock = mainsock.accept()
  served++
  sock.receive_timeout = 10000   # a silent client must not hold the server forever
  try {
    var data = sock.receive(1024)   # up to 1 KB, whatever has arrived
    if data {
      echo 'Received: ${data.trim()}'
      sock.send('Acknowledged\n')
    }
  } catch SocketException e {
    echo 'Client failed: ${e.message}'
  }
  sock.close()
}
mainsock.close()
