# TLS errors say what failed and where, like socket errors: .operation is
# the OpenSSL call (SSL_do_handshake, SSL_read, ...) or the method for a
# closed socket, and .address the peer's Address; peer_address() and
# local_address() return Addresses. The server is a forked Sabre process.
import ssl
import socket { Address, TimeoutError }
import socket
import os
import ._certs

var dir = _certs.make()
var listener = socket.create_server(0, '127.0.0.1')
var port = listener.port
var server = os.fork()
if server == 0 {
  var ctx = ssl.TLSContext(ssl.SERVER)
  ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  listener.receive_timeout = 10000
  # First client: rejects the certificate, so this handshake fails too.
  var first = ctx.wrap(listener.accept())
  first.receive_timeout = 10000
  catch { first.handshake() } as ignored
  first.close()
  # Second client: waits for its 'bye'.
  var tls = ctx.wrap(listener.accept())
  tls.receive_timeout = 10000
  tls.handshake()
  tls.read(3)
  tls.close()
  os.exit(0)
}
listener.close()

var untrusting = ssl.TLSContext(ssl.CLIENT)
catch { ssl.connect('localhost', port, untrusting, 5000) } as e
echo e.type                                        # expect: TLSException
echo e.operation                                   # expect: SSL_do_handshake
echo e.address == Address('127.0.0.1', port)       # expect: true

var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('${dir}/ca.pem')
var tls = ssl.connect('localhost', port, ctx, 5000)
echo tls.peer_address() == Address('127.0.0.1', port)   # expect: true
echo tls.local_address().ip                        # expect: 127.0.0.1
echo tls.local_address().port != port              # expect: true

tls.receive_timeout = 50
catch { tls.receive() } as e
echo e.type                                        # expect: TimeoutError
echo e.operation                                   # expect: SSL_read
echo e.address == tls.peer_address()               # expect: true

tls.send('bye')
tls.close()
catch { tls.send('more') } as e
echo e.type                                        # expect: TLSException
echo e.operation                                   # expect: send
echo e.address                                     # expect: nil
catch { tls.peer_address() } as e
echo e.operation                                   # expect: peer_address
echo os.wait(server)                               # expect: 0

# A peer that resets during the handshake: .address is still the peer's, though
# getpeername no longer knows it.
var silent = socket.create_server(0, '127.0.0.1')
spawn(@{
  var c = silent.accept()
  c.set_option(socket.SOL_SOCKET, socket.SO_LINGER, 0)
  c.receive()
  c.close()
})
var reset = ssl.TLSContext().wrap(socket.create_connection('127.0.0.1', silent.port, 2000), 'localhost')
catch { reset.handshake(2000) } as e
echo e.type                                        # expect: ConnectionReset
echo e.address == Address('127.0.0.1', silent.port)   # expect: true
reset.close()
silent.close()
_certs.remove(dir)
