# HTTP server whose acceptor hands each accepted socket to a worker process with send_socket() (Inko's "Sending sockets across processes"). Run: build/sabre examples/http_worker_per_client.b [PORT] [HOST] [REQUESTS] [WORKERS] (REQUESTS: exit after that many), then: curl http://127.0.0.1:8080/
import socket { create_server, socket_pair, SHUT_RDWR, SocketException, ConnectionReset }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 8080
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var requests = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever
var workers = os.args.length() > 4 ? to_number(os.args[4]) : 4

var REPLY = 'Hello, HTTP!'

# Reads the request's head (a client that sent nothing gets nothing), answers
# it and closes the connection. Returns the request line.
def respond(client) {
  client.receive_timeout = 10000
  var head = ''
  while head.index_of('\r\n\r\n') < 0 and head.length() < 65536 {
    var chunk = client.receive()
    if chunk == '' break
    head += chunk
  }
  var request_line = head.split('\r\n')[0]
  var output = [
    'HTTP/1.1 200 OK\r\n',
    'Content-Type: text/plain\r\n',
    'Content-Length: ',
    to_string(bytes(REPLY).length()),
    '\r\n',
    'Connection: close\r\n',
    '\r\n',
    REPLY
  ]
  client.send(''.join(output))
  client.shutdown(SHUT_RDWR)
  client.close()
  return request_line
}

var listener
try {
  listener = create_server(port, host)
} catch SocketException e {
  echo 'Cannot listen on ${host}:${port}: ${e.message}'
  os.exit(1)
}
echo 'HTTP server on ${host}:${listener.port} with ${workers} workers'

# The workers: each gets one end of a UNIX socket pair, and takes the
# connections that come through it, one at a time, until it closes.
var links = [], pids = []
iter var number = 1; number <= workers; number++ {
  var pair = socket_pair()
  var pid = os.fork()
  if pid == 0 {
    listener.close()      # a worker never accepts: it only gets sockets sent to it
    pair[0].close()
    for link in links link.close()
    while true {
      var client = pair[1].receive_socket()
      if client == nil break   # the acceptor closed the link: no more work
      try {
        echo 'worker ${number} answered ${respond(client)}'
      } catch SocketException e {
        echo 'worker ${number}: ${e.message}'
        client.close()
      }
    }
    os.exit(0)
  }
  pair[1].close()
  links.append(pair[0])
  pids.append(pid)
}

# The acceptor: each connection goes to the next worker in turn.
var accepted = 0
while requests < 0 or accepted < requests {
  var client = listener.accept()
  links[accepted % workers].send_socket(client)
  # The worker holds its own copy now; close this one so descriptors do not run out.
  client.close()
  accepted++
}

for link in links link.close()
for pid in pids os.wait(pid)
listener.close()
echo 'Served ${accepted} requests'
