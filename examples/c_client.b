# The article's C client, call for call: socket(), the server's IPv4 address and port, connect(), data exchange, then shutdown(SHUT_WR) so the server's next read returns end-of-file. Run: build/sabre examples/c_client.b [IP] [PORT] [MESSAGE...]
import socket { Socket, IPAddress, AF_INET, SOCK_STREAM, SHUT_WR, SocketException }
import os

var ip = os.args.length() > 1 ? os.args[1] : '127.0.0.1'
var port = os.args.length() > 2 ? to_number(os.args[2]) : 1234
var messages = os.args.length() > 3 ? os.args[3, os.args.length()] : ['Hello from the client']

var sockfd = Socket(AF_INET, SOCK_STREAM, 0)   # create the socket (0: the default protocol, TCP)

# inet_pton(AF_INET, ...): check that ip is an IPv4 address.
var srv
try {
  srv = IPAddress(ip)
  if srv.version != 4 raise ValueError('${ip} is not an IPv4 address')
} catch ValueError e {
  echo e.message
  os.exit(1)
}

try {
  sockfd.connect(srv.to_string(), port)   # establish the connection
} catch SocketException e {
  echo 'connect: ${e.message}'
  os.exit(1)
}

# From now on the socket can be written to and read from: the data exchange.
for message in messages {
  sockfd.send(message + '\n')
}

# Send an end-of-file, so that the server's next read returns 0 bytes and it can end the connection.
sockfd.shutdown(SHUT_WR)

# The reading side is still open: read the server's answer until it closes.
sockfd.receive_timeout = 10000
var answer = ''
while true {
  var chunk = sockfd.receive()
  if chunk == '' break
  answer += chunk
}
echo 'Server answered: ${answer.trim()}'
sockfd.close()
