# ssl.connect() in fibers lets the other fibers run while it resolves,
# connects and shakes hands: clients connect to a Sabre TLS server in the
# same process; a server that never answers the handshake makes it time
# out within its timeout while a ticker keeps ticking; the TLSSocket it
# returns has no deadline of its own.
import ssl
import socket
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000
var N = 4

def serve(conn) {
  var tls = server_ctx.wrap(conn)
  tls.receive_timeout = 10000
  tls.send(tls.read(4))
  tls.close()
}

var acceptor = spawn(@{
  iter var i = 0; i < N; i++ { spawn(serve, listener.accept()) }
})

var ticks = 0, running = true
var ticker = spawn(@{ while running { sleep(2); ticks++ } })

def client(i) {
  var tls = ssl.connect('localhost', listener.port, ctx, 5000)
  tls.send('hi ${i}')
  var back = tls.read(4)
  var no_deadline = tls.time_left == nil
  tls.close()
  return back == 'hi ${i}' and no_deadline
}

var clients = []
iter var i = 0; i < N; i++ { clients.append(spawn(client, i)) }
var all = true
for c in clients { if !c.join() all = false }
echo all                                  # expect: true
acceptor.join()

# A peer that accepts and then says nothing: the handshake times out.
var silent = socket.create_server(0, '127.0.0.1')
var start = microtime(), before = ticks
catch { ssl.connect('localhost', silent.port, ctx, 300) } as e
var took = (microtime() - start) / 1000
echo e.type                               # expect: TimeoutError
echo took >= 250 and took < 3000          # expect: true
echo ticks - before > 3                   # expect: true
running = false
ticker.join()
silent.close()
listener.close()
_certs.remove(dir)
