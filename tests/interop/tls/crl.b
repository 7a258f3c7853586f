# Revocation: a Sabre client that loads its CA's revocation list (ctx.load_crl) refuses a certificate that list revokes, with verify code 23, and still accepts the CA's other certificates; without the list the revoked certificate passes; once revocation is on, a certificate whose issuer gave no list fails with code 3; bad arguments raise.
import ssl
import socket
import ._certs

var dir = _certs.make()

def trusting_ca() {
  var ctx = ssl.TLSContext()
  ctx.load_verify_locations('${dir}/ca.pem')
  return ctx
}

var plain = trusting_ca()
echo _certs.handshake_error(dir, 'revoked', 'localhost', plain)  # expect: nil

var checking = trusting_ca()
checking.load_crl('${dir}/ca.crl')
var e = _certs.handshake_error(dir, 'revoked', 'localhost', checking)
echo [e.verify_code, e.verify_message]             # expect: [23, 'certificate revoked']
echo e.text.split(';')[0]
# expect: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: certificate revoked (verify code 23)
echo _certs.handshake_error(dir, 'server', 'localhost', checking)  # expect: nil

var whole = trusting_ca()
whole.load_crl('${dir}/ca.crl', true)
echo _certs.handshake_error(dir, 'server', 'localhost', whole)     # expect: nil
echo _certs.handshake_error(dir, 'revoked', 'localhost', whole).verify_code  # expect: 23

# Both CAs trusted, only the test CA's list loaded: the rogue CA's certificate has no list.
var two = trusting_ca()
two.load_verify_locations('${dir}/rogue_ca.pem')
echo _certs.handshake_error(dir, 'rogue', 'localhost', two)       # expect: nil
two.load_crl('${dir}/ca.crl')
e = _certs.handshake_error(dir, 'rogue', 'localhost', two)
echo [e.verify_code, e.verify_message]             # expect: [3, 'unable to get certificate CRL']

def show(f) {
  catch { f() } as e
  if !e return 'no exception'
  var text = e.type + ': ' + e.message.replace(dir, 'DIR')
  if instance_of(e, socket.SocketException) text += ' [errno ${e.errno}]'
  return text
}
var ctx = trusting_ca()
echo show(@{ ctx.load_crl('${dir}/missing.crl') })
# expect: TLSException: TLSContext.load_crl(): load CRL file 'DIR/missing.crl': No such file or directory [errno 2]
echo show(@{ ctx.load_crl('${dir}/ca.pem') }).starts_with("TLSException: TLSContext.load_crl(): load CRL file 'DIR/ca.pem': ")  # expect: true
echo show(@{ ctx.load_crl('${dir}/ca.crl', 'yes') })
# expect: TypeError: TLSContext.load_crl(): argument 2 (whole_chain) must be a boolean, got string
echo show(@{ ctx.load_crl(nil) })
# expect: TypeError: TLSContext.load_crl(): argument 1 (crl_file) must be a string, got nil
echo show(@{ ctx.load_crl('${dir}/ca.crl\0x') })
# expect: ValueError: TLSContext.load_crl(): crl_file must not contain NUL bytes

_certs.remove(dir)
