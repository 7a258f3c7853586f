# Multiplexed echo server (Pike's "Non-blocking I/O with select()" recipe): one process, no fibers, select() over the listener and every client. Run: build/sabre examples/select_echo_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit once that many have come and gone)
import socket { create_server, select, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 8080
var host = os.args.length() > 2 ? os.args[2] : '0.0.0.0'
var limit = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

var listen_sock
try {
  listen_sock = create_server(port, host)
} catch SocketException e {
  echo 'Bind failed: ${e.message}'
  os.exit(1)
}
echo 'Multiplexed server on port ${listen_sock.port}'

var clients = []
var gone = 0
while limit < 0 or gone < limit {
  # Wait until the listener or some client is readable.
  var ready = select([listen_sock] + clients)[0]

  for sock in ready {
    if sock == listen_sock {
      # A new connection: accept() will not wait.
      var new_client = listen_sock.accept()
      clients.append(new_client)
      echo 'New client: ${new_client.peer_address()}'
      continue
    }
    # Data from a client, or '' when it has disconnected.
    var data = ''
    catch {
      data = sock.receive(1024)
      if data != '' {
        echo 'Received: ${data.trim()}'
        sock.send('Echo: ' + data)
      }
    } as failure
    if data == '' or failure {
      echo failure ? 'Client failed: ${failure.message}' : 'Client disconnected'
      sock.close()
      clients.remove(sock)
      gone++
    }
  }
}
listen_sock.close()
