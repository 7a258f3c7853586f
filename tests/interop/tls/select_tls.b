# select() takes TLSSockets: readable when bytes arrive (a fiber of the
# same process sends them while select waits), and at once when
# bytes are already read but not returned, whether a reader kept them
# (read_line) or OpenSSL decrypted a record only partly returned.
import ssl
import socket { select }
import socket
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000
var go = 0

var server = spawn(@{
  var tls = server_ctx.wrap(listener.accept())
  tls.receive_timeout = 10000
  tls.handshake()
  while go < 1 { sleep(5) }
  tls.send('one\ntwo\n')
  while go < 2 { sleep(5) }
  tls.send('0123456789')
  tls.read(3)
  tls.close()
})

var tls = ssl.connect('localhost', listener.port, ctx, 5000)
echo select([tls], nil, nil, 0)[0].length()      # expect: 0
go = 1
echo select([tls], nil, nil, 5000)[0].length()   # expect: 1
echo tls.read_line() == 'one\n'                  # expect: true
# 'two\n' is in the reader's buffer now or still in OpenSSL's: readable at once.
echo select([tls], nil, nil, 0)[0].length()      # expect: 1
echo tls.read_line() == 'two\n'                  # expect: true
go = 2
echo select([tls], nil, nil, 5000)[0].length()   # expect: 1
echo tls.receive(4)                              # expect: 0123
# The rest of the record waits decrypted in OpenSSL, not in the socket.
echo select([tls], nil, nil, 0)[0].length()      # expect: 1
echo tls.receive(6)                              # expect: 456789
echo select([tls], nil, nil, 0)[0].length()      # expect: 0
var sock = socket.socket_pair()
echo select([tls, sock[0]], [tls], nil, 0)[1].length()   # expect: 1
catch { select(['text']) } as e
echo e.message       # expect: select(): every item must be a Socket or TLSSocket, got string
tls.send('bye')
server.join()
tls.close()
catch { select([tls]) } as e
echo e.message       # expect: socket.select(): a closed socket is in the list
sock[0].close()
sock[1].close()
listener.close()
_certs.remove(dir)
