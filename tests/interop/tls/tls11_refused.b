# A Sabre TLS server refuses TLS 1.1 (openssl s_client -tls1_1) and, with min_version TLS1_3, TLS 1.2; min_version cannot go below TLS 1.2.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext(ssl.SERVER)
ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
echo ctx.min_version == ssl.TLS1_2        # expect: true
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

# Runs s_client with options against one accepted connection; returns the server's
# outcome and whether the client succeeded.
def serve(options) {
  var client = _certs.spawn('timeout 10 openssl s_client -connect 127.0.0.1:${listener.port} ' +
    options + ' </dev/null >/dev/null 2>&1')
  var tls = ctx.wrap(listener.accept())
  var outcome = nil
  catch {
    tls.handshake(5000)
    outcome = 'accepted ' + tls.version()
  } as e
  if e outcome = e.type + ': ' + e.message.replace(to_string(tls.port), 'PORT')
  tls.close()
  return outcome + (os.wait(client) == 0 ? '; client ok' : '; client failed')
}

# SECLEVEL=0 lets this client offer TLS 1.1 at all; the server must still refuse it.
echo serve('-tls1_1 -cipher DEFAULT@SECLEVEL=0')
# expect: TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: unsupported protocol; client failed
echo serve('-tls1_2')                     # expect: accepted TLSv1.2; client ok

ctx.min_version = ssl.TLS1_3
echo ctx.min_version == ssl.TLS1_3        # expect: true
echo serve('-tls1_2').starts_with('TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: unsupported protocol')  # expect: true
echo serve('-tls1_3')                     # expect: accepted TLSv1.3; client ok

for version in [0x0301, 0x0302, 0, 1, 772.5, -1] {
  try {
    ctx.min_version = version
  } catch ValueError e {
    echo e.message
  }
}
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got 769 (TLS 1.0 and 1.1 are refused)
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got 770 (TLS 1.0 and 1.1 are refused)
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got 0 (TLS 1.0 and 1.1 are refused)
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got 1 (TLS 1.0 and 1.1 are refused)
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got 772.5 (TLS 1.0 and 1.1 are refused)
# expect: TLSContext.min_version(): min_version must be ssl.TLS1_2 or ssl.TLS1_3, got -1 (TLS 1.0 and 1.1 are refused)
echo ctx.min_version == ssl.TLS1_3        # expect: true
try {
  ctx.min_version = 'TLS1_1'
} catch TypeError e {
  echo e.message                          # expect: TLSContext.min_version(): argument 1 (min_version) must be a number, got string
}
listener.close()
_certs.remove(dir)
