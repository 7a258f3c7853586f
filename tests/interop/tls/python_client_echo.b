# python3's ssl client verifies a Sabre TLS server and checks a 10 MB echo by SHA-256.
import ssl
import socket
import os
import ._certs

var size = 10000000
var dir = _certs.make()
var ctx = ssl.TLSContext(ssl.SERVER)
ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

var client_code = '
import hashlib, os, signal, socket, ssl, sys
signal.alarm(20)
port, size, ca = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ctx = ssl.create_default_context(cafile=ca)
raw = socket.create_connection(("127.0.0.1", port), timeout=10)
raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
tls = ctx.wrap_socket(raw, server_hostname="localhost")
data = os.urandom(size)
got = hashlib.sha256()
count = 0
# Lock-step (one SSL object must not be used by two threads at once): send 64 KB, read its echo.
for offset in range(0, size, 65536):
    chunk = data[offset:offset + 65536]
    tls.sendall(chunk)
    need = len(chunk)
    while need:
        piece = tls.recv(need)
        if not piece:
            sys.exit(4)
        got.update(piece)
        need -= len(piece)
        count += len(piece)
ok = count == size and got.digest() == hashlib.sha256(data).digest()
print("python:", tls.version(), "echo ok" if ok else "echo BAD %d" % count, file=open(sys.argv[4], "w"))
sys.exit(0 if ok else 3)
'
var client = os.fork()
if client == 0 os.exec(['python3', '-c', client_code, to_string(listener.port), to_string(size),
                        '${dir}/ca.pem', '${dir}/report'])

var conn = listener.accept()
# Each echoed record is a small write: without TCP_NODELAY, Nagle and delayed ACKs stall every round.
conn.set_option(socket.IPPROTO_TCP, socket.TCP_NODELAY, true)
var tls = ctx.wrap(conn)
tls.receive_timeout = 10000
tls.send_timeout = 10000
echo tls.handshake()                          # expect: true
var total = 0
while total < size {
  var chunk = tls.receive()
  if chunk == '' break
  total += tls.send(chunk)
}
echo total == size                            # expect: true
tls.close()                                   # close_notify ends the python reader
echo os.wait(client)                          # expect: 0
echo file('${dir}/report').read().trim()      # expect: python: TLSv1.3 echo ok
listener.close()
_certs.remove(dir)
