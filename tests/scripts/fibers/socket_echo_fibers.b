# One process: a fiber per connection serves 100 client fibers at once.
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
def serve(conn) {
  while true {
    var data = conn.receive()
    if data == '' break
    conn.send(data)
  }
  conn.close()
}
var acceptor = spawn(@{
  iter var i = 0; i < 100; i++ { spawn(serve, server.accept()) }
})
def client(i) {
  var s = Socket()
  s.receive_timeout = 5000
  s.connect('127.0.0.1', server.port, 5000)
  s.send('message ${i}')
  var reply = s.receive()
  s.close()
  return reply == 'message ${i}'
}
var clients = []
iter var i = 0; i < 100; i++ { clients.append(spawn(client, i)) }
var ok = 0
for c in clients { if c.join() ok++ }
acceptor.join()
echo ok          # expect: 100
server.close()
