# open_sockets() lists TLSSockets too, with the line that made each and the
# bytes before encryption; closing one removes it; with
# SABRE_WARN_UNCLOSED set, a TLSSocket the collector closes prints one
# warning naming its line.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

var server = spawn(@{
  var tls = server_ctx.wrap(listener.accept())
  tls.receive_timeout = 10000
  tls.send(tls.read(5))
  tls.read_line()
  tls.close()
})

def tls_entries() {
  return socket.open_sockets().filter(@(s) { return s['kind'] == 'TLSSocket' })
}

var tls = ssl.connect('localhost', listener.port, ctx, 5000)
tls.send('hello')
echo tls.read(5)                                   # expect: hello
var mine = tls_entries().filter(@(s) { return s['created'].ends_with('open_sockets_tls.b:30') })
echo mine.length()                                 # expect: 1
echo mine[0]['bytes_sent']                         # expect: 5
echo mine[0]['bytes_received']                     # expect: 5
echo mine[0]['address'] == 'localhost:${listener.port}'   # expect: true
echo tls_entries().length()                        # expect: 2
tls.send('done\n')
server.join()
tls.close()
echo tls_entries().length()                        # expect: 0

# The collector's warning, in a child process.
var out = '${dir}/warn.txt'
var script = '${dir}/leak.b'
var f = file(script, 'w')
f.write('import ssl\nimport socket\ndef leak() {\n  var pair = socket.socket_pair()\n  ssl.TLSContext().wrap(pair[0], \'localhost\')\n}\nleak()\n')
f.close()
var sabre = os.env('SABRE_BIN') or 'build/sabre'
echo _certs.sh('SABRE_WARN_UNCLOSED=1 ${sabre} ${script} 2> ${out}')   # expect: 0
var text = file(out).read()
echo text.count('was never closed')                # expect: 2
echo text.contains('the Socket created at ${script}:4')      # expect: true
echo text.contains('the TLSSocket created at ${script}:5')   # expect: true
listener.close()
_certs.remove(dir)
