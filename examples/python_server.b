# The article's Python 3 server: accepts one client at a time, prints and echoes what it sends until it disconnects. Run: build/sabre examples/python_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: build/sabre examples/python_client.b
import socket { Socket, AF_INET, AF_INET6, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 5000      # port used by the server
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'          # IP address of the server
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1     # -1: serve forever

var s = Socket(host.index_of(':') >= 0 ? AF_INET6 : AF_INET)
s.bind(port, host)
s.listen()

var served = 0
while clients < 0 or served < clients {
  var client = s.accept()
  served++
  var addr = client.peer_address()
  echo "Connected to ('${addr.ip}', ${addr.port})"

  try {
    while true {
      var data = client.receive(1024)
      if !data break   # '': the client disconnected
      echo 'Received from client: ${data}'
      client.send(data)
    }
  } catch SocketException e {
    echo 'Client failed: ${e.message}'
  }
  client.close()
}
s.close()
