# A Sabre TLS client and a forked Sabre TLS server: verified handshake, SNI, a 10 MB lock-step echo compared byte for byte, and half-close with shutdown().
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var listener = socket.create_server(0, '127.0.0.1')
var server = os.fork()
if server == 0 {
  var ctx = ssl.TLSContext(ssl.SERVER)
  ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  listener.receive_timeout = 10000
  var conn = listener.accept()
  # Each echoed TLS record is a write smaller than loopback's MSS: without
  # TCP_NODELAY, Nagle and delayed ACKs stall every lock-step round 40 ms.
  conn.set_option(socket.IPPROTO_TCP, socket.TCP_NODELAY, true)
  var tls = ctx.wrap(conn)
  tls.receive_timeout = 10000
  tls.handshake()
  tls.send('sni=${tls.server_name};')
  var total = 0
  while true {
    var chunk = tls.receive()
    if chunk == '' break                 # the client's shutdown(): close_notify
    total += tls.send(chunk)
  }
  tls.send('total=${total}')             # still allowed after the client's half-close
  tls.close()
  os.exit(0)
}
listener.close()

var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('${dir}/ca.pem')
var sock = socket.Socket()
sock.connect('127.0.0.1', listener.port, 5000)
sock.set_option(socket.IPPROTO_TCP, socket.TCP_NODELAY, true)
var tls = ctx.wrap(sock, 'localhost')
echo sock.is_closed                      # expect: true
tls.receive_timeout = 10000
echo tls.read(14)                        # expect: sni=localhost;

# 10 MB of every byte value, in 160 chunks of 64 KB, each echoed before the next is sent.
var block = bytes(256)
iter var i = 0; i < 256; i++ { block[i] = i }
var chunk = block.to_string() * 256      # 64 KB (length() counts UTF-8 characters, not bytes)
echo bytes(chunk).length()               # expect: 65536
var same = true
iter var i = 0; i < 160; i++ {
  if tls.send(chunk) != 65536 echo 'short send'
  if tls.read(65536) != chunk same = false
}
echo same                                # expect: true
echo tls.shutdown()                      # expect: true
echo tls.is_shutdown                     # expect: true
echo tls.read(-1)                        # expect: total=10485760
echo tls.receive()                       # expect: 
tls.close()
echo os.wait(server)                     # expect: 0
_certs.remove(dir)
