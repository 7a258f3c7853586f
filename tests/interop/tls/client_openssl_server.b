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
# The certificate itself, as openssl reads the file the server presents.
def openssl_says(command) {
  var out = '${dir}/x509.out'
  if _certs.sh('openssl x509 -in ${dir}/server.pem -noout ${command} >${out} 2>&1') != 0 raise Exception(file(out).read())
  return file(out).read().trim()
}
echo 'sha256 Fingerprint=' + cert['fingerprint_sha256'] == openssl_says('-fingerprint -sha256')  # expect: true
echo cert['fingerprint_sha256'].length()         # expect: 95
echo cert['pem'].starts_with('-----BEGIN CERTIFICATE-----\n')  # expect: true
var pem_path = '${dir}/peer.pem'
file(pem_path, 'w').write(cert['pem'])
echo _certs.sh('cmp -s ${dir}/peer.pem ${dir}/server.pem || openssl x509 -in ${dir}/server.pem | cmp -s - ${dir}/peer.pem')  # expect: 0
var der_path = '${dir}/peer.der'
file(der_path, 'wb').write(cert['der'])
echo _certs.sh('openssl x509 -in ${dir}/server.pem -outform DER | cmp -s - ${dir}/peer.der')  # expect: 0

echo tls.send('hello world\n')                   # expect: 12
echo tls.read(12).trim()                         # expect: dlrow olleh
tls.send(bytes([97, 98, 99, 10]))
echo tls.read(4).trim()                          # expect: cba
echo tls.close()                                 # expect: true
echo tls.close()                                 # expect: true
echo tls.is_closed                               # expect: true
echo os.wait(server[0])                          # expect: 0
_certs.remove(dir)
