# Fibers blocked in TLS handshakes: 20 client fibers start their handshakes before the Sabre TLS server (a fiber per connection) accepts anyone and stay parked there while a ticker runs; 3 silent TCP clients then leave 3 server fibers parked in their handshakes while the 20 others complete and echo; closing the silent clients fails those 3 alone.
import ssl
import socket
import os

var N = 20, SILENT = 3

# A self-signed certificate for localhost and 127.0.0.1 in a temp directory.
def sh(command) {
  var pid = os.fork()
  if pid == 0 os.exec(['sh', '-c', command])
  return os.wait(pid)
}
var dir = '/tmp/sabre_fibers_tls_${os.getpid()}'
echo sh('rm -rf ${dir} && mkdir ${dir} && cd ${dir} && openssl req -x509 -newkey ec ' +
        '-pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.pem -days 2 ' +
        '-subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 >log 2>&1')   # expect: 0

var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var client_ctx = ssl.TLSContext(ssl.CLIENT)
client_ctx.load_verify_locations('${dir}/server.pem')   # verified: the self-signed cert is the trust anchor

var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

# The silent clients connect first, so the server accepts them among the first.
var silent = []
iter var i = 0; i < SILENT; i++ {
  var s = socket.Socket()
  s.connect('127.0.0.1', listener.port, 5000)
  silent.append(s)
}

var in_handshake = 0, finished = 0
def client(i) {
  var s = socket.Socket()
  s.connect('127.0.0.1', listener.port, 5000)   # completes in the listen queue
  var tls = client_ctx.wrap(s, 'localhost')
  tls.receive_timeout = 10000
  in_handshake++
  tls.handshake()
  in_handshake--
  var message = 'hello from client ${i} over ${tls.version()}'
  tls.send(message)
  var echo_ = tls.read(message.length())
  tls.close()
  finished++
  return echo_ == message
}
var clients = []
iter var i = 0; i < N; i++ { clients.append(spawn(client, i)) }
var ticks = 0
var ticker = spawn(@{
  iter var i = 0; i < 10; i++ { sleep(10); ticks++ }
  return ticks
})

sleep(150)
# Nobody accepted yet: every client fiber is parked in its handshake, and the
# ticker went on meanwhile.
echo in_handshake      # expect: 20
echo finished          # expect: 0
echo ticker.join()     # expect: 10
echo ticks             # expect: 10

var server_waiting = 0, server_failures = []
def serve(conn) {
  var tls = server_ctx.wrap(conn)
  tls.receive_timeout = 10000
  server_waiting++
  catch { tls.handshake() } as e
  server_waiting--
  if e != nil {
    server_failures.append(e.type)
    tls.close()
    return
  }
  var data = tls.receive()
  tls.send(data)
  tls.close()
}
var servers = []
var acceptor = spawn(@{
  iter var i = 0; i < N + SILENT; i++ { servers.append(spawn(serve, listener.accept())) }
})

var ok = 0
for c in clients { if c.join() ok++ }
echo ok                # expect: 20
echo server_waiting    # expect: 3
acceptor.join()

# Closing the silent clients ends the 3 handshakes still waiting.
for s in silent s.close()
for f in servers f.join()
echo server_waiting    # expect: 0
echo server_failures   # expect: ['TLSException', 'TLSException', 'TLSException']
listener.close()
sh('rm -rf ${dir}')
