# A verifying Sabre client rejects an unknown CA, a wrong host name or IP address and an expired certificate from `openssl s_server`, each with a TLSException naming the expected host, the certificate's names, issuer and validity dates and OpenSSL's verify code and text, in its message and its fields; verify = false connects anyway.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')

def attempt(cert, name, context) {
  return _certs.handshake_error(dir, cert, name, context)
}

def is_utc_time(text) {
  return text.matches('/^20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$/')
}

var e = attempt('other', 'localhost', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: hostname mismatch (verify code 62); expected host 'localhost'; certificate is for 'other.test', issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
echo [e.verify_code, e.verify_message, e.expected_host]  # expect: [62, 'hostname mismatch', 'localhost']
echo e.certificate_names                       # expect: ['other.test']
echo e.issuer                                  # expect: CN=Sabre Test CA, O=Sabre Tests
echo is_utc_time(e.not_before) and is_utc_time(e.not_after) and e.not_before < e.not_after  # expect: true

e = attempt('server', 'other.test', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: hostname mismatch (verify code 62); expected host 'other.test'; certificate is for 'localhost', '127.0.0.1', '::1', issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
echo e.certificate_names                       # expect: ['localhost', '127.0.0.1', '::1']

e = attempt('server', '127.0.0.2', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: IP address mismatch (verify code 64); expected host '127.0.0.2'; certificate is for 'localhost', '127.0.0.1', '::1', issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
echo [e.verify_code, e.verify_message, e.expected_host]  # expect: [64, 'IP address mismatch', '127.0.0.2']

# An unknown CA: the issuer is named.
e = attempt('rogue', 'localhost', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: unable to get local issuer certificate (verify code 20); expected host 'localhost'; certificate is for 'localhost', '127.0.0.1', issued by 'CN=Rogue CA, O=Sabre Tests', valid from FROM to TO
echo [e.verify_code, e.verify_message]         # expect: [20, 'unable to get local issuer certificate']
echo e.issuer                                  # expect: CN=Rogue CA, O=Sabre Tests
echo e.certificate_names                       # expect: ['localhost', '127.0.0.1']

# An expired certificate (made with -days -1): the dates show it ended before it began.
e = attempt('expired', 'localhost', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: certificate has expired (verify code 10); expected host 'localhost'; certificate is for 'localhost', '127.0.0.1', issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
echo [e.verify_code, e.verify_message]         # expect: [10, 'certificate has expired']
echo is_utc_time(e.not_before) and is_utc_time(e.not_after) and e.not_after < e.not_before  # expect: true
echo e.message.index_of(e.not_after) > 0       # expect: true

# A certificate for client use only, whose one subjectAltName is an e-mail address: its
# common name is what it holds.
e = attempt('client', 'localhost', ctx)
echo e.text
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: unsuitable certificate purpose (verify code 26); expected host 'localhost'; certificate is for 'Sabre Test Client' (its common name: it has no DNS or IP subjectAltName), issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
echo e.certificate_names                       # expect: ['Sabre Test Client']

# The system trust store (the default) does not know the test CA.
echo attempt('server', 'localhost', ssl.TLSContext()).verify_message  # expect: unable to get local issuer certificate

# Matching names and addresses pass; verify = false accepts anything.
echo attempt('server', 'localhost', ctx)        # expect: nil
echo attempt('server', '127.0.0.1', ctx)        # expect: nil
echo attempt('server', '::1', ctx)              # expect: nil
var insecure = ssl.TLSContext()
insecure.verify = false
echo attempt('rogue', 'other.test', insecure)   # expect: nil
echo attempt('expired', nil, insecure)          # expect: nil

# ssl.connect() checks the host it connects to.
var server = _certs.s_server(dir, '-cert ${dir}/other.pem -key ${dir}/other.key -rev')
try {
  ssl.connect('localhost', server[1], ctx, 5000)
} catch socket.SocketException e {
  echo e.type                                   # expect: TLSException
  echo e.message.replace('${server[1]}', 'PORT').replace(e.not_before, 'FROM').replace(e.not_after, 'TO')
  # expect: ssl.connect(): handshake with localhost:PORT: certificate verify failed: hostname mismatch (verify code 62); expected host 'localhost'; certificate is for 'other.test', issued by 'CN=Sabre Test CA, O=Sabre Tests', valid from FROM to TO
  echo e.certificate_names                      # expect: ['other.test']
}
os.wait(server[0])
_certs.remove(dir)
