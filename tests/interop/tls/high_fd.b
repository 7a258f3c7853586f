# TLS on descriptors above 1024 (where FD_SETSIZE-based code breaks): a
# handshake, a 1 MB exchange both ways and select() on TLSSockets, the
# server a fiber and the client the main script, in one process.
import ssl
import socket
import os
import ._certs

var limit = os.get_limit(os.RLIMIT_NOFILE)
if limit != -1 and limit < 1300 os.set_limit(os.RLIMIT_NOFILE, 1300)
var filler = []
iter var i = 0; i < 520; i++ { filler.append(socket.socket_pair()) }

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var client_ctx = ssl.TLSContext()
client_ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000
echo listener.id > 1024                              # expect: true
var SIZE = 1048576
var payload = 'h' * SIZE

var server = spawn(@{
  var tls = server_ctx.wrap(listener.accept())
  tls.receive_timeout = 10000
  tls.send_timeout = 10000
  var data = tls.read(SIZE)
  tls.send(data.upper())
  tls.close()
  return data == payload
})

var sock = socket.create_connection('127.0.0.1', listener.port, 5000)
echo sock.id > 1024                                  # expect: true
var tls = client_ctx.wrap(sock, 'localhost')
tls.receive_timeout = 10000
tls.send_timeout = 10000
echo tls.handshake()                                 # expect: true
echo tls.send(payload)                               # expect: 1048576
echo socket.select([tls], nil, nil, 10000)[0].length()   # expect: 1
echo tls.read(SIZE) == payload.upper()               # expect: true
echo server.join()                                   # expect: true
tls.close()
listener.close()
for p in filler {
  p[0].close()
  p[1].close()
}
_certs.remove(dir)
