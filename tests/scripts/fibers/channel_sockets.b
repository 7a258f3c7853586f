# Sockets travel through a Channel: an acceptor hands connections to a worker.
import concurrent { Channel }
import socket { * }
var server = Socket()
server.bind(0, '127.0.0.1')
server.listen()
var work = Channel()
spawn(@{ work.send(server.accept()) })
var worker = spawn(@{
  var conn = work.receive(2000)
  conn.send('handled by the worker')
  conn.close()
})
var client = Socket()
client.receive_timeout = 2000
client.connect('127.0.0.1', server.port, 2000)
echo client.receive()    # expect: handled by the worker
worker.join()
client.close()
server.close()
