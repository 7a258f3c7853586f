# A peer that ends the stream mid-way: with close_notify the reader sees the end (''); without it a TLSException says the data may be truncated, keeping what arrived; a reset raises ConnectionReset.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var client_ctx = ssl.TLSContext()
client_ctx.load_verify_locations('${dir}/ca.pem')

# Forks a Sabre server for one connection that sends 'partial data' and then ends as
# `ending` says; returns [pid, TLSSocket of the client].
def start(ending) {
  var listener = socket.create_server(0, '127.0.0.1')
  var pid = os.fork()
  if pid == 0 {
    var ctx = ssl.TLSContext(ssl.SERVER)
    ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
    listener.receive_timeout = 5000
    var conn = listener.accept()
    if ending == 'reset' conn.set_option(socket.SO_LINGER, 0)
    var tls = ctx.wrap(conn)
    tls.receive_timeout = 5000
    tls.send('partial data')
    if ending == 'reset' tls.read(2)   # wait until the client has read the data
    if ending == 'close_notify' tls.close()
    os.exit(0)                         # the descriptor closes without close_notify
  }
  listener.close()
  var tls = ssl.connect('localhost', listener.port, client_ctx, 5000)
  tls.receive_timeout = 5000
  return [pid, tls]
}

var clean = start('close_notify')
echo clean[1].read(100)                  # expect: partial data
echo clean[1].receive()                  # expect: 
echo clean[1].receive()                  # expect: 
echo os.wait(clean[0])                   # expect: 0
clean[1].close()

var cut = start('exit')
try {
  cut[1].read(100)
} catch ssl.TLSException e {
  echo e.message
  # expect: TLSSocket.read(): read after 12 bytes: the connection ended without a TLS close_notify, so the data may be truncated
}
echo cut[1].receive()                    # expect: partial data
try {
  cut[1].receive()
} catch ssl.TLSException e {
  echo e.message                         # expect: TLSSocket.receive(): the TLS connection failed earlier: close it
}
echo cut[1].close()                      # expect: true
echo os.wait(cut[0])                     # expect: 0

var reset = start('reset')
echo reset[1].read(12)                   # expect: partial data
reset[1].send('go')
try {
  reset[1].receive()
} catch socket.SocketException e {
  echo e.type                            # expect: ConnectionReset
  echo e.message                         # expect: TLSSocket.receive(): receive: Connection reset by peer
}
try {
  reset[1].send('more')
} catch socket.SocketException e {
  echo e.message                         # expect: TLSSocket.send(): the TLS connection failed earlier: close it
}
reset[1].close()
echo os.wait(reset[0])                   # expect: 0
_certs.remove(dir)
