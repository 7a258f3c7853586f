# TLS in fibers: one Sabre process serves 5 TLS clients, each a fiber, every side sending 1 MB in one send() that parks and resumes many times; closing a TLSSocket wakes a fiber parked on it.
import ssl
import socket
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var client_ctx = ssl.TLSContext()
client_ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000
var N = 5, SIZE = 1048576
var block = bytes(256)
iter var i = 0; i < 256; i++ { block[i] = i }
var megabyte = block.to_string() * (SIZE / 256)

def serve(conn) {
  var tls = server_ctx.wrap(conn)
  tls.receive_timeout = 10000
  tls.send_timeout = 10000
  var data = tls.read(SIZE)               # parks until the whole megabyte is in
  tls.send(data)                          # parks whenever the client is not reading
  tls.close()
  return data == megabyte
}

def client(i) {
  var sock = socket.Socket()
  sock.connect('127.0.0.1', listener.port, 5000)
  var tls = client_ctx.wrap(sock, 'localhost')
  tls.receive_timeout = 10000
  tls.send_timeout = 10000
  tls.handshake()
  echo_sent[i] = tls.send(megabyte)
  var back = tls.read(SIZE)
  var clean = tls.receive() == ''         # the server's close_notify
  tls.close()
  return back == megabyte and clean
}

var echo_sent = [0, 0, 0, 0, 0]
var servers = []
var acceptor = spawn(@{
  iter var i = 0; i < N; i++ { servers.append(spawn(serve, listener.accept())) }
})
var clients = []
iter var i = 0; i < N; i++ { clients.append(spawn(client, i)) }
var ok = 0
for c in clients { if c.join() ok++ }
acceptor.join()
for s in servers { if s.join() ok++ }
echo ok                                   # expect: 10
echo echo_sent                            # expect: [1048576, 1048576, 1048576, 1048576, 1048576]
listener.close()

# A fiber parked in receive() wakes when another fiber closes the TLSSocket.
var pair = socket.socket_pair()
var insecure = ssl.TLSContext()
insecure.verify = false
var tls = insecure.wrap(pair[0])
tls.receive_timeout = 10000
var started = microtime()
var reader = spawn(@{
  catch { tls.receive() } as e
  return e ? e.message : 'no exception'
})
sleep(50)
tls.close()
echo reader.join()                        # expect: TLSSocket.receive(): the TLS socket is closed
echo (microtime() - started) / 1000 < 5000  # expect: true
pair[1].close()
_certs.remove(dir)
