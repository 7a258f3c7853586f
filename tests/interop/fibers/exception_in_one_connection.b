# An uncaught exception in one connection's fiber of an echo server is printed and ends that fiber alone: the other connections, in the middle of their conversations, carry on, and the acceptor keeps accepting.
import socket { * }

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

def serve(conn) {
  conn.receive_timeout = 5000
  while true {
    var m = conn.receive()
    if m == '' break
    if m == 'boom' raise ValueError('boom on the connection from port ${conn.peer_address().port}')  # expect error: Unhandled ValueError: boom on the connection from port
    conn.send('echo ' + m)
  }
  conn.close()
  return 'closed normally'
}
var handlers = []
var acceptor = spawn(@{
  iter var i = 0; i < 6; i++ { handlers.append(spawn(serve, server.accept())) }
})

def connect() {
  var c = create_connection('127.0.0.1', server.port, 2000)
  c.receive_timeout = 2000
  return c
}
def exchange(c, m) {
  c.send(m)
  return c.receive()
}

# Three connections mid-conversation.
var a = connect(), b = connect(), c = connect()
echo exchange(a, 'a1')   # expect: echo a1
echo exchange(b, 'b1')   # expect: echo b1
echo exchange(c, 'c1')   # expect: echo c1

# b's handler raises; its trace goes to stderr, the process goes on.
var b_port = b.local_address().port
b.send('boom')
sleep(20)
echo handlers[1].is_done()                              # expect: true
catch { handlers[1].join() } as e
echo e.type                                             # expect: ValueError
echo e.message == 'boom on the connection from port ${b_port}'   # expect: true
# expect error: in serve()

# The others go on, and new connections are still accepted and served.
echo exchange(a, 'a2')   # expect: echo a2
echo exchange(c, 'c2')   # expect: echo c2
var d = connect(), e2 = connect(), f = connect()
echo exchange(d, 'd1')   # expect: echo d1
echo exchange(e2, 'e1')  # expect: echo e1
echo exchange(f, 'f1')   # expect: echo f1
echo exchange(a, 'a3')   # expect: echo a3
acceptor.join()

# The failed fiber took no socket with it: b's server side is still open
# until the collector frees it; the client just closes.
b.close()
for s in [a, c, d, e2, f] s.close()
var outcomes = []
for h in handlers {
  catch { outcomes.append(h.join()) } as failed
  if failed != nil outcomes.append(failed.type)
}
echo outcomes
# expect: ['closed normally', 'ValueError', 'closed normally', 'closed normally', 'closed normally', 'closed normally']
server.close()
# expect exit: 0
