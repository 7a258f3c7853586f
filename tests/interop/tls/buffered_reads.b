# read_line, read_until and read_exact on a TLSSocket share the buffer of
# receive() and read(): a timeout raises TimeoutError with .partial and
# the next call resumes with those bytes; the end of the stream in the
# middle of read_exact raises ConnectionReset with .partial. The server is
# a fiber of the same process that sends in pieces.
import ssl
import socket { TimeoutError, ConnectionReset }
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
  tls.send('first line\nsecond')
  while go < 1 { sleep(5) }
  tls.send(' half\nrecord;one;two;')
  while go < 2 { sleep(5) }
  tls.send('0123456789')
  while go < 3 { sleep(5) }
  tls.send('abc')
  tls.close()
})

var tls = ssl.connect('localhost', listener.port, ctx, 5000)
echo tls.read_line() == 'first line\n'      # expect: true
tls.receive_timeout = 100
catch { tls.read_line() } as e
echo e.type                                 # expect: TimeoutError
echo e.partial                              # expect: second
echo e.operation                            # expect: SSL_read
tls.receive_timeout = 5000
go = 1
echo tls.read_line() == 'second half\n'     # expect: true
echo tls.read_until(';')                    # expect: record;
echo tls.read_until(';', 2)                 # expect: on
echo tls.read_until(';')                    # expect: e;
catch { tls.read_until('') } as e
echo e.message                              # expect: TLSSocket.read_until(): the delimiter is empty
echo tls.read_until('wo;', 2)               # expect: tw
echo tls.read_until(';')                    # expect: o;
go = 2
echo tls.read_exact(4)                      # expect: 0123
echo tls.receive(3)                         # expect: 456
echo tls.read(3)                            # expect: 789
go = 3
catch { tls.read_exact(10) } as e
echo e.type                                 # expect: ConnectionReset
echo e.partial                              # expect: abc
echo tls.read_line()                        # expect: 
server.join()
tls.close()
listener.close()
_certs.remove(dir)
