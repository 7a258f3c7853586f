# `openssl s_client` verifies and talks to a Sabre TLS server, which sees the client's SNI name and ALPN choice.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext(ssl.SERVER)
ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
ctx.alpn = ['http/1.1', 'h2']               # the server's preference: the first the client offers
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

var client = _certs.spawn('sh -c "printf ping | timeout 10 openssl s_client -quiet -connect ' +
  '127.0.0.1:${listener.port} -CAfile ${dir}/ca.pem -verify_return_error -verify_hostname localhost ' +
  '-servername localhost -alpn h2,spdy/1 >${dir}/out 2>${dir}/err"')
var tls = ctx.wrap(listener.accept())
echo tls.server_side                 # expect: true
echo tls.server_name                 # expect: nil
echo tls.handshake()                 # expect: true
echo tls.server_name                 # expect: localhost
echo tls.alpn_protocol()             # expect: h2
echo tls.peer_certificate()          # expect: nil
echo tls.read(4)                     # expect: ping
tls.send('pong')
tls.close()
echo os.wait(client)                 # expect: 0
echo file('${dir}/out').read()       # expect: pong
echo file('${dir}/err').read().index_of('verify return:1') >= 0  # expect: true
listener.close()
_certs.remove(dir)
