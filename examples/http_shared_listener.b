# HTTP server whose listener is shared by 4 worker processes, each accepting connections in parallel (Inko's "send the TcpListener to different processes"). Run: build/sabre examples/http_shared_listener.b [PORT] [HOST] [REQUESTS] [WORKERS] (REQUESTS: stop after that many), then: curl http://127.0.0.1:8080/
import socket { create_server, socket_pair, AF_UNIX, SOCK_DGRAM, SHUT_RDWR, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 8080
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var requests = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever
var workers = os.args.length() > 4 ? to_number(os.args[4]) : 4

var REPLY = 'Hello, HTTP!'

# Reads the request's head, answers it and closes the connection. Returns
# the request line.
def respond(client) {
  client.receive_timeout = 10000
  var head = ''
  while head.index_of('\r\n\r\n') < 0 and head.length() < 65536 {
    var chunk = client.receive()
    if chunk == '' break
    head += chunk
  }
  client.send('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${bytes(REPLY).length()}\r\n' +
              'Connection: close\r\n\r\n' + REPLY)
  client.shutdown(SHUT_RDWR)
  client.close()
  return head.split('\r\n')[0]
}

var listener
try {
  listener = create_server(port, host)
} catch SocketException e {
  echo 'Cannot listen on ${host}:${port}: ${e.message}'
  os.exit(1)
}
echo 'HTTP server on ${host}:${listener.port} with ${workers} workers'

# Each worker reports every request it served as one datagram on this pair,
# so the parent can count them (and print them: a worker's output would be
# lost when it is stopped).
var reports = socket_pair(AF_UNIX, SOCK_DGRAM)

# fork() gives every worker the same listening socket: the system hands each
# new connection to one of the workers waiting in accept().
var pids = []
iter var number = 1; number <= workers; number++ {
  var pid = os.fork()
  if pid == 0 {
    reports[0].close()
    while true {
      var client = listener.accept()
      var request
      catch { request = respond(client) } as failure
      if failure {
        client.close()
        request = failure.message
      }
      reports[1].send('worker ${number}: ${request}')
    }
  }
  pids.append(pid)
}
reports[1].close()
listener.close()   # the workers hold their own copies

var served = 0
while requests < 0 or served < requests {
  echo reports[0].receive()
  served++
}
reports[0].close()

# Enough: stop the workers, each waiting in accept(), and reap them.
for pid in pids os.kill(pid, os.SIGTERM)
for pid in pids os.wait(pid)
echo 'Served ${served} requests'
