# Explicit sessions: tls.session of one connection, assigned to the session of the next
# before its handshake, resumes it with the context's own cache off, against
# `openssl s_server` (a TLS 1.3 ticket, used once, and a TLS 1.2 session id, used again);
# nil offers nothing. What would weaken the checks is refused: a session of another
# context or another server_hostname, one made without verification offered by a
# connection that verifies, or one made before a revocation list was loaded (by hand,
# and by session_cache). So are a server's connection, a handshake already begun, a
# closed socket and a value that is not a session.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var CERT = '-cert ${dir}/server.pem -key ${dir}/server.key -rev'

def connect(port, ctx, name) {
  var tls = ctx.wrap(socket.create_connection('127.0.0.1', port, 5000), name)
  tls.receive_timeout = 5000
  return tls
}

# A line there and back: the read also takes in the tickets a TLS 1.3 server sends
# after the handshake.
def talk(tls) {
  tls.send('resume\n')
  var reply = tls.read_line().trim()
  if reply != 'emuser' raise Exception('unexpected reply ' + reply)
}

def refusal(tls, value) {
  catch { tls.session = value } as e
  return e ? '${e.type}: ${e.message}' : 'accepted'
}

# TLS 1.3: the ticket resumes once; the resumed connection brings the next one.
var server = _certs.s_server(dir, CERT + ' -naccept 4')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
ctx.session_cache = false
var first = connect(server[1], ctx, 'localhost')
echo first.session                                        # expect: nil
first.handshake()
talk(first)
var saved = first.session
first.close()
echo saved.protocol                                       # expect: TLSv1.3
echo saved.has_ticket                                     # expect: true
echo saved.server_hostname                                # expect: localhost
echo saved.verified                                       # expect: true
echo saved.timeout > 0                                    # expect: true
echo saved.time <= time() and saved.time > time() - 60    # expect: true
echo saved.id.length() > 0                                # expect: true
catch { saved.id = 'x' } as e
echo e.type                                            # expect: PropertyError

var second = connect(server[1], ctx, 'localhost')
second.session = saved
second.handshake()
echo second.session_reused                                # expect: true
echo refusal(second, saved)                               # expect: ValueError: TLSSocket.session(): the handshake has already begun
talk(second)
var next = second.session
second.close()
echo next.id != saved.id                                  # expect: true

var third = connect(server[1], ctx, 'localhost')
third.session = next
third.session = nil
third.handshake()
echo third.session_reused                                 # expect: false
talk(third)
third.close()

var fourth = connect(server[1], ctx, 'localhost')
fourth.session = next
talk(fourth)
echo fourth.session_reused                                # expect: true
fourth.close()
echo os.wait(server[0])                                   # expect: 0

# TLS 1.2 without tickets: the server keeps the session by its id, for any number of
# resumptions.
var old_server = _certs.s_server(dir, CERT + ' -naccept 3 -tls1_2 -no_ticket')
var tls12 = ssl.TLSContext()
tls12.load_verify_locations('${dir}/ca.pem')
tls12.session_cache = false
var made = connect(old_server[1], tls12, 'localhost')
talk(made)
var kept = made.session
made.close()
echo kept.protocol                                        # expect: TLSv1.2
echo kept.has_ticket                                      # expect: false
echo kept.id.length()                                     # expect: 64
def resume_with(session) {
  var again = connect(old_server[1], tls12, 'localhost')
  again.session = session
  talk(again)
  var result = '${again.session_reused} ${again.session.id == session.id}'
  again.close()
  return result
}
echo resume_with(kept)                                    # expect: true true
echo resume_with(kept)                                    # expect: true true
echo os.wait(old_server[0])                               # expect: 0

# Refusals before any handshake, on connections to a listener of this process.
var listener = socket.create_server(0, '127.0.0.1')
def unstarted(context, name) {
  return context.wrap(socket.create_connection('127.0.0.1', listener.port, 5000), name)
}
var other = ssl.TLSContext()
other.load_verify_locations('${dir}/ca.pem')
var pending = unstarted(other, 'localhost')
echo refusal(pending, saved)                              # expect: ValueError: TLSSocket.session(): the session belongs to another TLSContext
pending.close()
pending = unstarted(ctx, '127.0.0.1')
echo refusal(pending, saved)                              # expect: ValueError: TLSSocket.session(): the session is for server_hostname 'localhost', not '127.0.0.1'
echo refusal(pending, 'a session')                        # expect: TypeError: TLSSocket.session(): argument 1 (session) must be a TLSSession or nil, got string
pending.close()
echo refusal(pending, saved)                              # expect: TLSException: TLSSocket.session(): the TLS socket is closed
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var client_end = socket.create_connection('127.0.0.1', listener.port, 5000)
var server_end = server_ctx.wrap(listener.accept())
echo refusal(server_end, nil)                             # expect: ValueError: TLSSocket.session(): only a client offers a session to resume
server_end.close()
client_end.close()
listener.close()

# A session made while the context did not verify is not offered once it does: not by
# hand, and not by session_cache, whose next handshake is then a full one.
var loose_server = _certs.s_server(dir, CERT + ' -naccept 2')
var loose = ssl.TLSContext()
loose.verify = false
var unverified = connect(loose_server[1], loose, 'localhost')
talk(unverified)
var unchecked = unverified.session
unverified.close()
echo unchecked.verified                                   # expect: false
loose.verify = true
loose.load_verify_locations('${dir}/ca.pem')
var strict = connect(loose_server[1], loose, 'localhost')
echo refusal(strict, unchecked)                           # expect: ValueError: TLSSocket.session(): the session's server was not verified, and this connection verifies
talk(strict)
echo strict.session_reused                                # expect: false
echo strict.session.verified                              # expect: true
strict.close()
echo os.wait(loose_server[0])                             # expect: 0

# A revocation list loaded after a session was made: the session is not offered, by
# hand or by session_cache, and the full handshake finds the certificate revoked.
var revoked_server = _certs.s_server(dir, '-cert ${dir}/revoked.pem -key ${dir}/revoked.key -rev -naccept 2')
var watchful = ssl.TLSContext()
watchful.load_verify_locations('${dir}/ca.pem')
var before = connect(revoked_server[1], watchful, 'localhost')
talk(before)
var before_crl = before.session
before.close()
watchful.load_crl('${dir}/ca.crl')
var after = connect(revoked_server[1], watchful, 'localhost')
echo refusal(after, before_crl)                           # expect: ValueError: TLSSocket.session(): the context's checks changed since the session was made (verify, or revocation lists)
catch { after.handshake() } as revoked
echo revoked.verify_code                                  # expect: 23
after.close()
os.wait(revoked_server[0])
_certs.remove(dir)
