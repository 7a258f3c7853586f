# A Sabre TLS client verifies and talks to `openssl s_server` (-rev echoes each line reversed), with ALPN and the certificate details.
import ssl
import os
import ._certs

var dir = _certs.make()
var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -alpn foo,h2 -rev')

var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('${dir}/ca.pem')
ctx.alpn = ['h2', 'http/1.1']
var tls = ssl.connect('localhost', server[1], ctx, 5000)
tls.receive_timeout = 5000
echo tls.is_handshake_done                       # expect: true
echo tls.version()                               # expect: TLSv1.3
echo tls.cipher().starts_with('TLS_')            # expect: true
echo tls.alpn_protocol()                         # expect: h2
echo tls.server_name                             # expect: localhost
echo tls.server_side                             # expect: false

var cert = tls.peer_certificate()
echo cert['subject']                             # expect: {'CN': 'localhost', 'O': 'Sabre Tests'}
echo cert['issuer']['CN']                        # expect: Sabre Test CA
echo cert['subject_alt_names']                   # expect: ['DNS:localhost', 'IP:127.0.0.1', 'IP:::1']
echo cert['version']                             # expect: 3
echo cert['not_after'].length() == 20 and cert['not_after'].ends_with('Z')  # expect: true
echo cert['serial'].length() > 0                 # expect: true

echo tls.send('hello world\n')                   # expect: 12
echo tls.read(12).trim()                         # expect: dlrow olleh
tls.send(bytes([97, 98, 99, 10]))
echo tls.read(4).trim()                          # expect: cba
echo tls.close()                                 # expect: true
echo tls.close()                                 # expect: true
echo tls.is_closed                               # expect: true
echo os.wait(server[0])                          # expect: 0
_certs.remove(dir)
