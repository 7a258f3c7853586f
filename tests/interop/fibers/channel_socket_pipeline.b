# Sockets travel between fibers through Channels: an acceptor hands each connection to a pool of 4 workers; a worker reads the request and passes the socket on, with the request, to a writer fiber that answers and closes it; 40 client fibers check their answers.
import socket { * }
import concurrent { Channel }

var N = 40, WORKERS = 4
var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var accepted = Channel()    # sockets, from the acceptor to the workers
var to_write = Channel()    # [socket, request, worker], from the workers to the writer

var acceptor = spawn(@{
  iter var i = 0; i < N; i++ { accepted.send(server.accept()) }
  accepted.close()          # the workers' receive() gives nil once it is drained
})

def worker(id) {
  var handled = 0
  while true {
    var conn = accepted.receive(5000)
    if conn == nil break
    conn.receive_timeout = 5000
    var request = conn.receive()
    to_write.send([conn, request, id])
    handled++
  }
  return handled
}
var workers = []
iter var w = 0; w < WORKERS; w++ { workers.append(spawn(worker, w)) }

var writer = spawn(@{
  var written = 0
  while true {
    var job = to_write.receive(5000)
    if job == nil break
    job[0].send('${job[1].upper()} (read by worker ${job[2]})')
    job[0].close()
    written++
  }
  return written
})

def client(i) {
  var s = create_connection('127.0.0.1', server.port, 5000)
  s.receive_timeout = 5000
  sleep(20)                 # so a worker waits on this socket, and the others take the next ones
  s.send('request ${i}')
  var answer = s.receive(), rest = s.receive()     # the answer, then the end of the stream
  s.close()
  return answer.starts_with('REQUEST ${i} (read by worker ') and rest == ''
}
var clients = []
iter var i = 0; i < N; i++ { clients.append(spawn(client, i)) }
var good = 0
for c in clients { if c.join() good++ }
echo good                        # expect: 40
acceptor.join()
var per_worker = workers.map(@(f) { return f.join() })
echo sum(per_worker)             # expect: 40
echo per_worker.filter(@(n) { return n > 0 }).length()   # expect: 4
to_write.close()
echo writer.join()               # expect: 40
echo accepted.length() + to_write.length()   # expect: 0
server.close()
