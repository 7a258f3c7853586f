# Timeouts and buffered data: a silent peer makes the handshake raise TimeoutError; a timed-out read keeps its bytes; data OpenSSL already decrypted is returned without waiting.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var client_ctx = ssl.TLSContext()
client_ctx.load_verify_locations('${dir}/ca.pem')

# A peer that accepts but never speaks TLS.
var silent = socket.create_server(0, '127.0.0.1')
var sock = socket.Socket()
sock.connect('127.0.0.1', silent.port, 5000)
var tls = client_ctx.wrap(sock, 'localhost')
var started = microtime()
try {
  tls.handshake(300)
} catch socket.TimeoutError e {
  echo e.message.replace(to_string(silent.port), 'PORT')
  # expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: timed out
}
echo (microtime() - started) / 1000 >= 250   # expect: true
tls.receive_timeout = 200
try {
  tls.receive()                            # the handshake runs first, with receive_timeout
} catch socket.TimeoutError e {
  echo e.type                              # expect: TimeoutError
}
tls.close()
try {
  ssl.connect('127.0.0.1', silent.port, client_ctx, 300)
} catch socket.TimeoutError e {
  echo e.message.replace(to_string(silent.port), 'PORT')
  # expect: ssl.connect(): handshake with 127.0.0.1:PORT: timed out
}
silent.close()

# A server that sends 'hello', waits for 'more', then sends 'world' and 100 bytes in one record.
var listener = socket.create_server(0, '127.0.0.1')
var server = os.fork()
if server == 0 {
  var ctx = ssl.TLSContext(ssl.SERVER)
  ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  listener.receive_timeout = 5000
  var peer = ctx.wrap(listener.accept())
  peer.receive_timeout = 5000
  peer.send('hello')
  peer.read(4)
  peer.send('world')
  peer.send('0123456789' * 10)
  peer.read(4)
  peer.close()
  os.exit(0)
}
listener.close()
tls = ssl.connect('localhost', listener.port, client_ctx, 5000)
tls.receive_timeout = 200
try {
  tls.read(10)
} catch socket.TimeoutError e {
  echo e.message                           # expect: TLSSocket.read(): read after 5 bytes: timed out
}
tls.send('more')
tls.receive_timeout = 5000
echo tls.read(10)                          # expect: helloworld
echo tls.receive(10)                       # expect: 0123456789
tls.receive_timeout = 2000                 # the peer sends nothing more until 'done'
started = microtime()
echo tls.receive().length()                # expect: 90
echo tls.receive(0)                        # expect: 
echo (microtime() - started) / 1000 < 1000 # expect: true
tls.send('done')
echo tls.receive()                         # expect: 
tls.close()
echo os.wait(server)                       # expect: 0
_certs.remove(dir)
