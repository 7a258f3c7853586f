# SNI: a forked Sabre server reports the name each Sabre client sent: the host name for names, none for IPv4 and IPv6 literals (which are checked against the certificate's IP entries instead).
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var listener = socket.create_server(0, '::1')
var server = os.fork()
if server == 0 {
  var ctx = ssl.TLSContext(ssl.SERVER)
  ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  listener.receive_timeout = 5000
  iter var i = 0; i < 3; i++ {
    var tls = ctx.wrap(listener.accept())
    tls.receive_timeout = 5000
    tls.handshake()
    tls.send('${tls.server_name}')
    tls.close()
  }
  os.exit(0)
}
listener.close()

var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
for name in ['localhost', '::1'] {
  var sock = socket.Socket(socket.AF_INET6)
  sock.connect('::1', listener.port, 5000)
  var tls = ctx.wrap(sock, name)
  tls.receive_timeout = 5000
  echo '${name}: client sent ${tls.server_name}, server got ${tls.read(-1)}'
  tls.close()
}
# expect: localhost: client sent localhost, server got localhost
# expect: ::1: client sent nil, server got nil
var tls = ssl.connect('::1', listener.port, ctx, 5000)
echo tls.family == socket.AF_INET6         # expect: true
echo tls.peer_certificate()['subject_alt_names'].contains('IP:::1')  # expect: true
echo tls.read(-1)                          # expect: nil
tls.close()
echo os.wait(server)                       # expect: 0
_certs.remove(dir)
