# A verifying Sabre client rejects an unknown CA, a wrong host name or IP address and an expired certificate from `openssl s_server`, each with a TLSException saying what failed and .verify_code; verify = false connects anyway.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')

# Starts s_server with a certificate, connects with wrap(sock, name) and returns the
# TLSException's message (the port replaced by PORT), or 'connected'.
def attempt(cert, name, context) {
  var server = _certs.s_server(dir, '-cert ${dir}/${cert}.pem -key ${dir}/${cert}.key -rev')
  var sock = socket.create_connection('127.0.0.1', server[1], 5000)
  var tls = context.wrap(sock, name)
  var result = 'connected'
  try {
    tls.handshake(5000)
  } catch ssl.TLSException e {
    result = e.message.replace('${server[1]}', 'PORT') + ' [${e.verify_code}]'
  }
  tls.close()
  os.wait(server[0])
  return result
}

echo attempt('other', 'localhost', ctx)
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: hostname mismatch (expected 'localhost', certificate is for 'other.test') [62]
echo attempt('server', 'other.test', ctx)
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: hostname mismatch (expected 'other.test', certificate is for 'localhost', '127.0.0.1', '::1') [62]
echo attempt('server', '127.0.0.2', ctx)
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: IP address mismatch (expected '127.0.0.2', certificate is for 'localhost', '127.0.0.1', '::1') [64]
echo attempt('rogue', 'localhost', ctx)
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: unable to get local issuer certificate (certificate issued by 'CN=Rogue CA, O=Sabre Tests') [20]
var expired = attempt('expired', 'localhost', ctx)
echo expired.index_of('certificate verify failed: certificate has expired (it expired on 20') > 0  # expect: true
echo expired.ends_with('Z) [10]')                                            # expect: true

# The system trust store (the default) does not know the test CA.
echo attempt('server', 'localhost', ssl.TLSContext()).index_of('unable to get local issuer certificate') > 0  # expect: true

# Matching names and addresses pass; verify = false accepts anything.
echo attempt('server', 'localhost', ctx)        # expect: connected
echo attempt('server', '127.0.0.1', ctx)        # expect: connected
echo attempt('server', '::1', ctx)              # expect: connected
var insecure = ssl.TLSContext()
insecure.verify = false
echo attempt('rogue', 'other.test', insecure)   # expect: connected
echo attempt('expired', nil, insecure)          # expect: connected

# ssl.connect() checks the host it connects to.
var server = _certs.s_server(dir, '-cert ${dir}/other.pem -key ${dir}/other.key -rev')
try {
  ssl.connect('localhost', server[1], ctx, 5000)
} catch socket.SocketException e {
  echo e.type                                   # expect: TLSException
  echo e.message.replace('${server[1]}', 'PORT')
  # expect: ssl.connect(): handshake with localhost:PORT: certificate verify failed: hostname mismatch (expected 'localhost', certificate is for 'other.test')
}
os.wait(server[0])
_certs.remove(dir)
