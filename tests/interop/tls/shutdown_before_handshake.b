# shutdown() on a TLSSocket whose handshake has not run yet runs it first, as send() does,
# and then sends close_notify: python3's ssl server completes its handshake and reads the
# end of the stream (b''), not a connection cut before any TLS. A handshake that fails
# there raises as handshake() would (against openssl s_server with an untrusted
# certificate), and the connection is not shut down.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var server_code = '
import os, signal, socket, ssl, sys
signal.alarm(20)
path, d = sys.argv[1], sys.argv[2]
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(d + "/server.pem", d + "/server.key")
srv = socket.create_server(("127.0.0.1", 0))
with open(path + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(path + ".tmp", path)
srv.settimeout(10)
conn, _ = srv.accept()
conn.settimeout(10)
tls = ctx.wrap_socket(conn, server_side=True)
if tls.recv(100) != b"":
    sys.exit(3)
tls.sendall(b"reply after close_notify")
tls.unwrap()
'
var port_file = '${dir}/port'
var server = os.fork()
if server == 0 os.exec(['python3', '-c', server_code, port_file, dir])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}

var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var tls = ctx.wrap(socket.create_connection('127.0.0.1', port, 10000), 'localhost')
tls.receive_timeout = 10000
echo to_string(tls).ends_with('before handshake>')   # expect: true
echo tls.shutdown()                          # expect: true
echo tls.version()                           # expect: TLSv1.3
echo tls.read(-1)                            # expect: reply after close_notify
tls.close()
echo os.wait(server)                         # expect: 0

var rogue = _certs.s_server(dir, '-cert ${dir}/rogue.pem -key ${dir}/rogue.key -rev')
var refused = ctx.wrap(socket.create_connection('127.0.0.1', rogue[1], 10000), 'localhost')
refused.receive_timeout = 10000
catch { refused.shutdown() } as e
echo e.type                                  # expect: TLSException
echo e.operation                             # expect: SSL_do_handshake
echo e.verify_message                        # expect: unable to get local issuer certificate
echo refused.is_shutdown                     # expect: false
refused.close()
os.wait(rogue[0])
_certs.remove(dir)
