# A hashed CA directory (what `openssl rehash` makes, as /etc/ssl/certs is)
# verifies a server: load_verify_locations(nil, dir) with the test CA in it
# connects, and the same with only an unrelated CA in it is refused
# (verify code 20: unknown issuer).
import ssl
import ._certs

var dir = _certs.make()
echo _certs.hashed_ca_dirs(dir)                       # expect: 0

def attempt(ca_dir) {
  var ctx = ssl.TLSContext()
  ctx.load_verify_locations(nil, ca_dir)
  return _certs.handshake_error(dir, 'server', 'localhost', ctx)
}

echo attempt('${dir}/trusted')                       # expect: nil
var e = attempt('${dir}/unrelated')
echo [e.verify_code, e.verify_message]               # expect: [20, 'unable to get local issuer certificate']
_certs.remove(dir)
