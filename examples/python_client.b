# The article's Python 3 client: sends each line typed and prints the server's answer, until end of input. Run: build/sabre examples/python_client.b [PORT] [HOST], with examples/python_server.b running
import socket { Socket, AF_INET, AF_INET6, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 5000      # port used by the server
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'          # IP address of the server

var s = Socket(host.index_of(':') >= 0 ? AF_INET6 : AF_INET)
try {
  s.connect(host, port)
} catch SocketException e {
  echo 'connect: ${e.message}'
  os.exit(1)
}
s.receive_timeout = 10000

while true {
  var msg = input('Message -> ')
  if msg == nil {       # end of input (Ctrl-D)
    echo ''
    break
  }
  if msg == '' continue # nothing to send
  s.send(msg)
  var data = s.receive(1024)
  if data == '' break   # the server went away
  echo 'Received from server: ${data}'
}
s.close()
