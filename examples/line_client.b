# The article's Haskell client: sends each line of standard input to the server, then closes. Run: printf 'one\ntwo\n' | build/sabre examples/line_client.b [PORT] [HOST], with examples/fork_echo_server.b running
import socket { create_connection, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 2048
var host = os.args.length() > 2 ? os.args[2] : 'localhost'

var handle
try {
  handle = create_connection(host, port, 10000)   # connectTo "localhost" (PortNumber 2048)
} catch SocketException e {
  echo 'connect: ${e.message}'
  os.exit(1)
}

# hPutStrLn handle l, for every line l of the input; each send goes out at once.
var line = input()
while line != nil {
  handle.send(line + '\n')
  line = input()
}
handle.close()
