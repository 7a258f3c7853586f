# A TLSSocket over a non-blocking Socket (wrap() takes the Socket's mode):
# handshake() raises EAGAIN at once and resumes when select() says so;
# handshake(timeout) still waits up to its timeout; a receive with nothing
# to read raises at once with errno EAGAIN and loses nothing; select()
# tells when to try again, and the reply arrives.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev')
var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('${dir}/ca.pem')
var sock = socket.create_connection('127.0.0.1', server[1], 5000)
sock.set_blocking(false)
var tls = ctx.wrap(sock, 'localhost')

# Receives again after EAGAIN once select() says there is something to
# read (a record may hold no data, a session ticket say: then it waits
# again).
def receive_when_readable() {
  iter var tries = 0; tries < 100; tries++ {
    catch { return tls.receive(100) } as e
    if e.errno != 11 raise e
    socket.select([tls], [], [], 1000)
  }
  raise Exception('still EAGAIN after 100 tries')
}

echo tls.handshake(5000)                         # expect: true

# The handshake driven by select(), as an event loop would. The server is a
# child started only after the first call raised EAGAIN (it could not have
# answered before: nothing served the connection yet).
var listener = socket.create_server(0, '127.0.0.1')
var plain = socket.create_connection('127.0.0.1', listener.port, 5000)
plain.set_blocking(false)
var driven = ctx.wrap(plain, 'localhost')
catch { driven.handshake() } as first
echo [first.type, first.errno]                   # expect: ['SocketException', 11]
var child = os.fork()
if child == 0 {
  var server_ctx = ssl.TLSContext(ssl.SERVER)
  server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  listener.receive_timeout = 5000
  var served = server_ctx.wrap(listener.accept())
  served.receive_timeout = 5000
  served.handshake()
  served.close()
  listener.close()
  os.exit(0)
}
listener.close()
var calls = 1, done = false
var begun = microtime()
while !done and calls < 100 {
  socket.select([driven], [], [], 1000)
  calls++
  catch { done = driven.handshake() } as e
  if e != nil and e.errno != 11 raise e
}
echo [done, driven.version()]                    # expect: [true, 'TLSv1.3']
echo (microtime() - begun) < 5000000             # expect: true
driven.close()
echo os.wait(child)                              # expect: 0

var start = microtime()
catch { tls.receive(100) } as e
echo [e.type, e.errno]                           # expect: ['SocketException', 11]
echo (microtime() - start) < 200000              # expect: true

echo tls.send('non-blocking\n')                  # expect: 13
var ready = socket.select([tls], [], [], 5000)
echo ready[0].length()                           # expect: 1
var reply = ''
while !reply.ends_with('\n') reply += receive_when_readable()
echo reply.trim()                                # expect: gnikcolb-non
tls.close()
echo os.wait(server[0])                          # expect: 0
_certs.remove(dir)
