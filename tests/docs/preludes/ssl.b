# The names the examples of docs/ssl.md use without defining them: the ssl
# and socket modules; `port` where a TLS echo server for localhost listens
# on 127.0.0.1, its certificate in ca.pem (also server.pem and server.key,
# and ca.crl, its revocation list, which revokes nothing);
# `ctx`, a client TLSContext that trusts ca.pem; `sock`, a Socket connected
# to the server; and `tls`, a TLSSocket connected to it through ctx; and
# `saved`, below.
import ssl
import socket
import os
var port = to_number(os.env('DOC_TLS_PORT'))
var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('ca.pem')
var sock = socket.create_connection('127.0.0.1', port, 10000)
var tls = ssl.connect('localhost', port, ctx, 10000)
# `saved`: the TLSSession of another connection to that server through ctx
# (the read takes in the ticket the server sends after the handshake).
def _session_of_a_connection() {
  var first = ssl.connect('localhost', port, ctx, 10000)
  first.send('ticket\n')
  first.read_line()
  var session = first.session
  first.close()
  return session
}
var saved = _session_of_a_connection()
