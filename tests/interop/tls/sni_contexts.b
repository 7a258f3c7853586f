# TLSContext.sni: a forked Sabre server picks its context by the name each client asks
# for. Sabre clients and `openssl s_client` get the certificate of the name they asked
# (their verification would fail on another), client verification follows the chosen
# context, a session is resumed only by the context that made it (s_client offering
# other.test's TLS 1.2 session to localhost gets a full handshake), and what the function
# raises or returns wrongly fails that handshake with a clear exception on the server.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()

# Property checks, in this process.
var client_ctx = ssl.TLSContext()
catch { client_ctx.sni = @(name) { return nil } } as e
echo e.type                                                   # expect: ValueError
var plain = ssl.TLSContext(ssl.SERVER)
echo plain.sni                                                # expect: nil
catch { plain.sni = 5 } as e
echo e.type                                                   # expect: TypeError
var pick = @(name) { return nil }
plain.sni = pick
echo plain.sni == pick                                        # expect: true
plain.sni = nil
echo plain.sni                                                # expect: nil

def server_context(name, verify) {
  var ctx = ssl.TLSContext(ssl.SERVER)
  ctx.load_cert_chain('${dir}/${name}.pem', '${dir}/${name}.key')
  ctx.load_verify_locations('${dir}/ca.pem')
  ctx.verify = verify
  return ctx
}

var connections = 13
var listener = socket.create_server(0, '127.0.0.1')
var server = os.fork()
if server == 0 {
  var main = server_context('server', false)
  var sites = {'other.test': server_context('other', false),
               'strict.sabre.test': server_context('wildcard', true),
               'client.test': ssl.TLSContext()}
  var log = []
  main.sni = @(name) {
    log.append('asked ${name}')
    if name == 'bad.test' raise Exception('no site bad.test')
    if name == 'wrong.test' return 42
    return sites.get(name)
  }
  listener.receive_timeout = 5000
  iter var i = 0; i < connections; i++ {
    var tls = main.wrap(listener.accept())
    tls.receive_timeout = 5000
    catch {
      tls.handshake()
      tls.send('${tls.server_name} ${tls.session_reused} ${tls.peer_certificate() != nil}\n')
      tls.read_line()
    } as e
    if e log.append('${e.type}: ${e.message.replace('${tls.port}', 'PEER')}')
    tls.close()
  }
  listener.close()
  var out = file('${dir}/server.log', 'w')
  out.write('\n'.join(log) + '\n')
  out.close()
  os.exit(0)
}
var port = listener.port
listener.close()

var trusting = ssl.TLSContext()
trusting.load_verify_locations('${dir}/ca.pem')

# Connects with ctx as name; returns the server's reply and the certificate's subject,
# or the exception's type.
def visit(ctx, name) {
  var tls = ctx.wrap(socket.create_connection('127.0.0.1', port, 5000), name)
  tls.receive_timeout = 5000
  catch {
    tls.handshake()
    var reply = tls.read_line().trim()
    var subject = tls.peer_certificate()['subject']['CN']
    var reused = tls.session_reused
    tls.send('bye\n')
    tls.close()
    return '${reply} / ${subject} / reused ${reused}'
  } as e
  tls.close()
  return e.type
}

echo visit(trusting, 'localhost')            # expect: localhost false false / localhost / reused false
echo visit(trusting, 'other.test')           # expect: other.test false false / other.test / reused false
echo visit(trusting, 'other.test')           # expect: other.test true false / other.test / reused true
echo visit(trusting, '127.0.0.1')            # expect: nil false false / localhost / reused false
# The chosen context requires a client certificate: without one the handshake fails.
echo visit(trusting, 'strict.sabre.test')    # expect: TLSException
var mutual = ssl.TLSContext()
mutual.load_verify_locations('${dir}/ca.pem')
mutual.load_cert_chain('${dir}/client.pem', '${dir}/client.key')
echo visit(mutual, 'strict.sabre.test')      # expect: strict.sabre.test false true / *.sabre.test / reused false
echo visit(trusting, 'bad.test')             # expect: TLSException
echo visit(trusting, 'wrong.test')           # expect: TLSException
echo visit(trusting, 'client.test')          # expect: TLSException

# `openssl s_client`: the certificate by name, and a TLS 1.2 session of other.test that
# localhost (another context) must not resume, nor other.test after it.
def s_client(name, options) {
  var out = '${dir}/s_client_${name}.txt'
  _certs.sh('echo bye | timeout 10 openssl s_client -connect 127.0.0.1:${port} ' +
            '-servername ${name} -tls1_2 -CAfile ${dir}/ca.pem ${options} >${out} 2>&1')
  var text = file(out).read()
  var subject = text.index_of('subject=') >= 0 and text.index_of('CN = ${name}') >= 0
  return '${subject} ${text.index_of('Reused, TLSv1.2') >= 0 ? 'reused' : 'new'}'
}
echo s_client('other.test', '-sess_out ${dir}/other.session')            # expect: true new
echo s_client('other.test', '-sess_in ${dir}/other.session')             # expect: true reused
echo s_client('localhost', '-sess_in ${dir}/other.session')              # expect: true new
echo s_client('strict.sabre.test', '-sess_in ${dir}/other.session')      # expect: false new

echo os.wait(server)                                                     # expect: 0
for line in file('${dir}/server.log').read().trim().split('\n') echo line
# expect: asked localhost
# expect: asked other.test
# expect: asked other.test
# expect: asked nil
# expect: asked strict.sabre.test
# expect: TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PEER: peer did not return a certificate
# expect: asked strict.sabre.test
# expect: asked bad.test
# expect: Exception: no site bad.test
# expect: asked wrong.test
# expect: TypeError: TLSSocket.handshake(): the sni function returned number: it must return a TLSContext or nil
# expect: asked client.test
# expect: ValueError: TLSSocket.handshake(): the sni function returned a CLIENT context: it must return a SERVER one
# expect: asked other.test
# expect: asked other.test
# expect: asked localhost
# expect: asked strict.sabre.test
# expect: TLSException: TLSSocket.handshake(): handshake with 127.0.0.1:PEER: peer did not return a certificate
_certs.remove(dir)
