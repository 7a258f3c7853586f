# shutdown(SHUT_RD) on a TLSSocket, against `openssl s_server -rev`: later reads end
# as at the end of the stream (''), as on a Socket, instead of reporting a
# truncation that failed the connection (and sent the server an alert); the
# connection still sends.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var tls = ssl.connect('localhost', server[1], ctx, 5000)
tls.receive_timeout = 5000
tls.send('first\n')
echo tls.read_line().trim()              # expect: tsrif
echo tls.shutdown(socket.SHUT_RD)        # expect: true
echo [tls.receive(), tls.read_line(), tls.read(-1)]   # expect: ['', '', '']
echo tls.send('still sending\n')         # expect: 14
echo tls.close()                         # expect: true
echo os.wait(server[0])                  # expect: 0
_certs.remove(dir)
