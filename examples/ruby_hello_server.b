# The article's Ruby server, with a fiber where Ruby starts a thread: greets each client with "Hello!" and closes. Run: build/sabre examples/ruby_hello_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: socat - TCP:127.0.0.1:2048
import socket { create_server }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 2048
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

var server = create_server(port, host)
echo 'Greeting clients on ${host} port ${server.port}'

# Thread.start(client) do |c| ... end: the block runs in a fiber of its own,
# so a slow client never holds up the next one.
def greet(c) {
  try {
    c.send('Hello!\n')   # c.puts 'Hello!'
  } catch Exception e {
    echo 'Greeting failed: ${e.message}'
  }
  c.close()
}

var fibers = []
while clients < 0 or fibers.length() < clients {
  var client = server.accept()   # other fibers run while this one waits
  fibers.append(spawn(greet, client))
}
for f in fibers f.join()
echo 'Greeted ${fibers.length()} clients'
server.close()
