# The article's Haskell echo server, with a child process per connection (os.fork where Haskell forks a thread): logs each line a client sends. Run: build/sabre examples/fork_echo_server.b [PORT] [HOST] [CLIENTS] (CLIENTS: exit after that many), then: build/sabre examples/line_client.b
import socket { create_server, socket_pair, select, AF_INET6, SocketException }
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 2048
var host = os.args.length() > 2 ? os.args[2] : '127.0.0.1'
var clients = os.args.length() > 3 ? to_number(os.args[3]) : -1   # -1: serve forever

# Haskell's show of a string: in double quotes, with \ and " escaped.
def show(text) {
  return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'
}

# The handler: prints Open, each line the client sends as Msg "line", then Close.
def echo_server(handle, hostname, portnumber) {
  var who = '(${hostname}:${portnumber})'
  echo '${who}: Open'
  handle.receive_timeout = 60000
  var buffer = ''
  try {
    while true {
      var chunk = handle.receive()
      if chunk == '' break
      buffer += chunk
      var end = buffer.index_of('\n')
      while end >= 0 {
        echo '${who}: Msg ${show(buffer[0, end])}'
        buffer = buffer[end + 1, buffer.length()]
        end = buffer.index_of('\n')
      }
    }
    if buffer echo '${who}: Msg ${show(buffer)}'   # a last line without a newline
  } catch SocketException e {
    echo '${who}: ${e.message}'
  }
  echo '${who}: Close'
}

var server = create_server(port, host)
echo 'Listening on ${host} port ${server.port}'

# Each child holds one end of a socket pair; when the child exits, that end
# closes and the parent's end becomes readable: the parent then reaps it, so
# no finished child lingers as a zombie.
var children = {}   # the parent's end of the pair -> the child's pid
var accepted = 0
while clients < 0 or accepted < clients or children.length() > 0 {
  var waiting = children.keys()
  if clients < 0 or accepted < clients waiting.append(server)
  for ready in select(waiting)[0] {
    if ready == server {
      var connection = server.accept()
      accepted++
      var pair = socket_pair()
      var pid = os.fork()
      if pid == 0 {
        # The child: serve this client only, then exit.
        server.close()
        pair[0].close()
        var peer = connection.peer_address()
        echo_server(connection, peer.family == AF_INET6 ? '[${peer.ip}]' : peer.ip, peer.port)
        connection.close()
        os.exit(0)
      }
      # The parent: the child has the connection now.
      connection.close()
      pair[1].close()
      children[pair[0]] = pid
    } else {
      os.wait(children[ready])   # the child has exited
      children.remove(ready)
      ready.close()
    }
  }
}
server.close()
