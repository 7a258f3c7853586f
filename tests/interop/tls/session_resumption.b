# Session resumption: a second connection of the same client TLSContext to the same
# server resumes the first one's session, against `openssl s_server` (a TLS 1.3 ticket,
# and a TLS 1.2 session id, which serves again and again) and against a forked Sabre
# server that requires client certificates (which needs a session id context); another
# context, another server name or session_cache = false make a full handshake. A server
# that starts verifying clients does not resume a session of one it did not verify, nor,
# once it loads a revocation list, the session of a client whose certificate it lists.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()

# Connects to port with ctx as name, sends a line, reads the reply (which also takes in
# the server's tickets) and returns whether the handshake resumed (session_reused is
# false before the handshake, always).
def exchange(port, ctx, name) {
  var sock = socket.create_connection('127.0.0.1', port, 5000)
  var tls = ctx.wrap(sock, name)
  tls.receive_timeout = 5000
  if tls.session_reused raise Exception('reused before the handshake')
  tls.send('resume\n')
  var reply = tls.read_line().trim()
  var reused = tls.session_reused
  tls.close()
  if reply != 'emuser' and reply != 'resume' raise Exception('unexpected reply ' + reply)
  return reused
}

var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev -naccept 5')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
echo ctx.session_cache                                    # expect: true
echo exchange(server[1], ctx, 'localhost')                # expect: false
echo exchange(server[1], ctx, 'localhost')                # expect: true
var other = ssl.TLSContext()
other.load_verify_locations('${dir}/ca.pem')
echo exchange(server[1], other, 'localhost')              # expect: false
echo exchange(server[1], ctx, '127.0.0.1')                # expect: false
ctx.session_cache = false
echo exchange(server[1], ctx, 'localhost')                # expect: false
echo os.wait(server[0])                                   # expect: 0

# A TLS 1.2 session (no tickets: a session id) serves any number of resumptions.
var old_server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev -naccept 3 -tls1_2 -no_ticket')
var tls12 = ssl.TLSContext()
tls12.load_verify_locations('${dir}/ca.pem')
echo exchange(old_server[1], tls12, 'localhost')          # expect: false
echo exchange(old_server[1], tls12, 'localhost')          # expect: true
echo exchange(old_server[1], tls12, 'localhost')          # expect: true
echo os.wait(old_server[0])                               # expect: 0

# A Sabre server that requires client certificates resumes too, and says so.
var listener = socket.create_server(0, '127.0.0.1')
var sabre_server = os.fork()
if sabre_server == 0 {
  var server_ctx = ssl.TLSContext(ssl.SERVER)
  server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
  server_ctx.load_verify_locations('${dir}/ca.pem')
  server_ctx.verify = true
  listener.receive_timeout = 5000
  iter var i = 0; i < 2; i++ {
    var tls = server_ctx.wrap(listener.accept())
    tls.receive_timeout = 5000
    var line = tls.read_line().trim()
    tls.send('${line} ${tls.session_reused}\n')
    tls.close()
  }
  listener.close()
  os.exit(0)
}
listener.close()
var mutual = ssl.TLSContext()
mutual.load_verify_locations('${dir}/ca.pem')
mutual.load_cert_chain('${dir}/client.pem', '${dir}/client.key')
def ask_sabre() {
  var tls = mutual.wrap(socket.create_connection('127.0.0.1', listener.port, 5000), 'localhost')
  tls.receive_timeout = 5000
  tls.handshake()
  tls.send('client ${tls.session_reused}\n')
  var reply = tls.read_line().trim()
  tls.close()
  return reply
}
echo ask_sabre()                                          # expect: client false false
echo ask_sabre()                                          # expect: client true true
echo os.wait(sabre_server)                                # expect: 0

# A server whose checks change between two connections must not resume the first
# one's session past them. changing_server forks a Sabre server that answers two
# connections, each with its line, whether it resumed and whether the client sent a
# certificate, and calls change(server_ctx) between them; it returns [pid, port].
# verify is the server's verify to begin with.
def changing_server(verify, change) {
  var listener = socket.create_server(0, '127.0.0.1')
  var pid = os.fork()
  if pid == 0 {
    var server_ctx = ssl.TLSContext(ssl.SERVER)
    server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
    server_ctx.load_verify_locations('${dir}/ca.pem')
    server_ctx.verify = verify
    listener.receive_timeout = 5000
    iter var i = 0; i < 2; i++ {
      var tls = server_ctx.wrap(listener.accept())
      tls.receive_timeout = 5000
      catch {
        var line = tls.read_line().trim()
        tls.send('${line} ${tls.session_reused} ${tls.peer_certificate() != nil}\n')
      } as refused
      tls.close()
      change(server_ctx)
    }
    listener.close()
    os.exit(0)
  }
  var port = listener.port
  listener.close()
  return [pid, port]
}

# Sends line through a connection of ctx and returns the reply, or the message of
# the error that ends it (an alert or a reset, whichever comes first).
def ask(port, ctx, line) {
  var tls = ctx.wrap(socket.create_connection('127.0.0.1', port, 5000), 'localhost')
  tls.receive_timeout = 5000
  catch {
    tls.send(line + '\n')
    var reply = tls.read_line().trim()
    tls.close()
    return reply
  } as e
  tls.close()
  return e.message
}

# The first client comes in without a certificate, as the server allows; then the
# server requires certificates. The client's session (its context's cache offers it)
# must not let it in again without one: a resumed session would have answered
# 'anonymous true false'.
var guarded = changing_server(false, @(ctx) { ctx.verify = true })
var anonymous = ssl.TLSContext()
anonymous.load_verify_locations('${dir}/ca.pem')
echo ask(guarded[1], anonymous, 'anonymous')                          # expect: anonymous false false
echo ask(guarded[1], anonymous, 'anonymous').starts_with('TLSSocket.')  # expect: true
echo os.wait(guarded[0])                                              # expect: 0

# A server that verifies clients loads a revocation list naming the first client's
# certificate: that client's session must not let it in again.
var revoking = changing_server(true, @(ctx) { ctx.load_crl('${dir}/ca.crl') })
var listed = ssl.TLSContext()
listed.load_verify_locations('${dir}/ca.pem')
listed.load_cert_chain('${dir}/revoked.pem', '${dir}/revoked.key')
echo ask(revoking[1], listed, 'listed')                               # expect: listed false true
echo ask(revoking[1], listed, 'listed').starts_with('TLSSocket.')     # expect: true
echo os.wait(revoking[0])                                             # expect: 0
_certs.remove(dir)
