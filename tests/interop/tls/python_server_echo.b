# A Sabre TLS client verifies python3's ssl server and echoes the 10 MB it sends; python3 checks the echo by SHA-256.
import ssl
import socket
import os
import ._certs

var size = 10000000
var dir = _certs.make()
var server_code = '
import hashlib, os, signal, socket, ssl, sys
signal.alarm(20)
path, size, d = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(d + "/server.pem", d + "/server.key")
srv = socket.create_server(("127.0.0.1", 0))
with open(path + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(path + ".tmp", path)
srv.settimeout(10)
conn, _ = srv.accept()
conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
conn.settimeout(10)
tls = ctx.wrap_socket(conn, server_side=True)
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
tls.unwrap()
sys.exit(0 if ok else 3)
'
var port_file = '${dir}/port'
var server = os.fork()
if server == 0 os.exec(['python3', '-c', server_code, port_file, to_string(size), dir])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}

var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
var sock = socket.create_connection('127.0.0.1', port, 10000)
# Each echoed record is a small write: without TCP_NODELAY, Nagle and delayed ACKs stall every round.
sock.set_option(socket.IPPROTO_TCP, socket.TCP_NODELAY, true)
var tls = ctx.wrap(sock, 'localhost')
tls.receive_timeout = 10000
tls.send_timeout = 10000
echo tls.version()                          # expect: TLSv1.3
var total = 0
while total < size {
  var chunk = tls.receive()
  if chunk == '' break
  total += tls.send(chunk)
}
echo total == size                          # expect: true
echo tls.receive()                          # expect: 
tls.close()
echo os.wait(server)                        # expect: 0
_certs.remove(dir)
