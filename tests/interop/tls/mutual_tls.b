# Mutual TLS: a Sabre server with verify = true requires a client certificate (from openssl s_client), and a Sabre client presents one to `openssl s_server -Verify`; without one both sides fail clearly.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext(ssl.SERVER)
echo ctx.verify                            # expect: false
ctx.verify = true
ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

def serve(options) {
  var client = _certs.spawn('timeout 10 openssl s_client -connect 127.0.0.1:${listener.port} ' +
    '-CAfile ${dir}/ca.pem ' + options + ' </dev/null >/dev/null 2>&1')
  var tls = ctx.wrap(listener.accept())
  var outcome = nil
  catch {
    tls.handshake(5000)
    var cert = tls.peer_certificate()
    outcome = '${cert["subject"]["CN"]} ${cert["subject_alt_names"]}'
  } as e
  if e outcome = e.type + ': ' + e.message.replace(to_string(tls.port), 'PORT')
  if e and hasprop(e, 'verify_code') {
    outcome = outcome.replace(e.not_before, 'FROM').replace(e.not_after, 'TO') +
      ' [${e.expected_host} ${e.certificate_names} ${e.issuer}]'
  }
  tls.close()
  os.wait(client)
  return outcome
}
echo serve('-cert ${dir}/client.pem -key ${dir}/client.key')
# expect: Sabre Test Client ['email:client@sabre.test']
echo serve('')
# expect: TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: peer did not return a certificate
echo serve('-cert ${dir}/rogue.pem -key ${dir}/rogue.key')
# expect: TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PORT: certificate verify failed: unable to get local issuer certificate (verify code 20); certificate is for 'localhost', '127.0.0.1', issued by 'CN=Rogue CA, O=Sabre Tests', valid from FROM to TO [nil ['localhost', '127.0.0.1'] CN=Rogue CA, O=Sabre Tests]
listener.close()

def fetch(with_certificate) {
  var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -Verify 1 ' +
    '-CAfile ${dir}/ca.pem -rev')
  var client = ssl.TLSContext()
  client.load_verify_locations('${dir}/ca.pem')
  if with_certificate client.load_cert_chain('${dir}/client.pem', '${dir}/client.key')
  var outcome = nil, tls = nil
  catch {
    tls = ssl.connect('localhost', server[1], client, 5000)
    tls.receive_timeout = 5000
    tls.send('mutual\n')
    outcome = tls.read(7).trim()
  } as e
  if tls != nil tls.close()
  if e outcome = e.type + ': ' + e.message
  os.wait(server[0])
  return outcome
}
echo fetch(true)                           # expect: lautum
# In TLS 1.3 the client finishes first; the server's refusal arrives as an alert.
echo fetch(false).ends_with('alert certificate required')  # expect: true
_certs.remove(dir)
