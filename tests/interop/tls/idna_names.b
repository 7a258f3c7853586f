# Internationalized server names: a Sabre client checks the certificate of `openssl
# s_server` against the A-labels of the name it was given ('bücher.sabre.test', in any
# case, matches a certificate for xn--bcher-kva.sabre.test; 'bucher.sabre.test' does not)
# and sends the A-labels as SNI, as a forked Sabre server reports; a name that is no valid
# IDN or domain name is refused before anything is sent. The trailing dot of a fully
# qualified name is dropped: 'localhost.' matches a certificate for localhost.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')

def attempt(name) {
  return _certs.handshake_error(dir, 'idn', name, ctx)
}
echo attempt('b\u{fc}cher.sabre.test')                  # expect: nil
echo attempt('B\u{dc}CHER.Sabre.Test')                  # expect: nil
echo attempt('xn--bcher-kva.sabre.test')                # expect: nil
var e = attempt('bucher.sabre.test')
echo [e.verify_code, e.verify_message]                  # expect: [62, 'hostname mismatch']
echo _certs.handshake_error(dir, 'server', 'localhost.', ctx)   # expect: nil

var listener = socket.create_server(0, '127.0.0.1')
var server = os.fork()
if server == 0 {
  var server_ctx = ssl.TLSContext(ssl.SERVER)
  server_ctx.load_cert_chain('${dir}/idn.pem', '${dir}/idn.key')
  listener.receive_timeout = 5000
  var tls = server_ctx.wrap(listener.accept())
  tls.receive_timeout = 5000
  tls.handshake()
  tls.send('${tls.server_name}')
  tls.close()
  listener.close()
  os.exit(0)
}
listener.close()
var sock = socket.create_connection('127.0.0.1', listener.port, 5000)
var tls = ctx.wrap(sock, 'b\u{fc}cher.sabre.test')
tls.receive_timeout = 5000
echo tls.read(-1)                                       # expect: xn--bcher-kva.sabre.test
echo tls.server_name                                    # expect: xn--bcher-kva.sabre.test
tls.close()
echo os.wait(server)                                    # expect: 0

var pair = socket.socket_pair()
catch { ctx.wrap(pair[0], '\u{301}x.sabre.test') } as bad
echo bad.type                                           # expect: ValueError
echo bad.message.ends_with('is neither an IP address (with no brackets) nor a valid domain name')   # expect: true
for name in ['a..b', 'local host', 'x' * 64 + '.test', '[::1]'] {
  catch { ctx.wrap(pair[0], name) } as refused
  echo refused.message
}
# expect: TLSContext.wrap(): server_hostname 'a..b' is neither an IP address (with no brackets) nor a valid domain name
# expect: TLSContext.wrap(): server_hostname 'local host' is neither an IP address (with no brackets) nor a valid domain name
# expect: TLSContext.wrap(): server_hostname 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.test' is neither an IP address (with no brackets) nor a valid domain name
# expect: TLSContext.wrap(): server_hostname '[::1]' is neither an IP address (with no brackets) nor a valid domain name
for end in pair end.close()
_certs.remove(dir)
