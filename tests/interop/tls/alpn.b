# ALPN: a Sabre server picks the first protocol of its own list that `openssl s_client` offers (or none), and a Sabre client gets what `openssl s_server` picks.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext(ssl.SERVER)
ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
echo ctx.alpn                              # expect: []
ctx.alpn = ['http/1.1', 'h2']
echo ctx.alpn                              # expect: ['http/1.1', 'h2']
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

def serve(options) {
  var client = _certs.spawn('timeout 10 openssl s_client -connect 127.0.0.1:${listener.port} ' +
    options + ' </dev/null >/dev/null 2>&1')
  var tls = ctx.wrap(listener.accept())
  tls.handshake(5000)
  var chosen = tls.alpn_protocol()
  tls.close()
  os.wait(client)
  return chosen
}
echo serve('-alpn h2,http/1.1')            # expect: http/1.1
echo serve('-alpn spdy/1,h2')              # expect: h2
echo serve('-alpn spdy/1')                 # expect: nil
echo serve('')                             # expect: nil
ctx.alpn = []
echo serve('-alpn h2')                     # expect: nil
listener.close()

def fetch(server_alpn, client_alpn) {
  var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev ' + server_alpn)
  var client = ssl.TLSContext()
  client.load_verify_locations('${dir}/ca.pem')
  client.alpn = client_alpn
  var tls = ssl.connect('localhost', server[1], client, 5000)
  var chosen = tls.alpn_protocol()
  tls.close()
  os.wait(server[0])
  return chosen
}
echo fetch('-alpn h2', ['h2', 'http/1.1'])  # expect: h2
echo fetch('-alpn h2', [])                  # expect: nil
echo fetch('', ['h2'])                      # expect: nil
_certs.remove(dir)
