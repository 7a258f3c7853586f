# Host name checks of a verifying Sabre client against `openssl s_server`: a wildcard
# certificate (*.sabre.test) covers one label (a.sabre.test, in any case) and neither two
# labels nor the bare domain; names compare without regard to case; a self-signed
# certificate is refused with verify code 18 even when its name is right.
import ssl
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')

def attempt(cert, name) {
  return _certs.handshake_error(dir, cert, name, ctx)
}

echo attempt('wildcard', 'a.sabre.test')              # expect: nil
echo attempt('wildcard', 'A.Sabre.Test')              # expect: nil
var e = attempt('wildcard', 'a.b.sabre.test')
echo [e.verify_code, e.verify_message, e.expected_host]   # expect: [62, 'hostname mismatch', 'a.b.sabre.test']
echo e.certificate_names                              # expect: ['*.sabre.test']
e = attempt('wildcard', 'sabre.test')
echo [e.verify_code, e.verify_message]                # expect: [62, 'hostname mismatch']
echo attempt('server', 'LOCALHOST')                   # expect: nil

e = attempt('self', 'localhost')
echo e.verify_code                                    # expect: 18
echo e.text.index_of('self-signed certificate (verify code 18)') > 0   # expect: true
echo e.issuer                                         # expect: CN=localhost, O=Sabre Tests
_certs.remove(dir)
