# STARTTLS: a Sabre client and python3's server talk in clear text, then
# both turn the same connection into TLS (the client's wrap() of the
# Socket it read lines from), and the talk goes on encrypted and verified.
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
conn.sendall(b"220 ready\\r\\n")
line = b""
while not line.endswith(b"\\r\\n"):
    line += conn.recv(1)
if line != b"STARTTLS\\r\\n":
    sys.exit(3)
conn.sendall(b"220 go ahead\\r\\n")
tls = ctx.wrap_socket(conn, server_side=True)
line = b""
while not line.endswith(b"\\r\\n"):
    line += tls.recv(1)
tls.sendall(line.upper())
tls.unwrap()
sys.exit(0)
'
var port_file = '${dir}/port'
var server = os.fork()
if server == 0 os.exec(['python3', '-c', server_code, port_file, dir])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}

var sock = socket.create_connection('127.0.0.1', port, 5000)
sock.receive_timeout = 5000
echo sock.read_line().trim()                     # expect: 220 ready
sock.send('STARTTLS\r\n')
echo sock.read_line().trim()                     # expect: 220 go ahead
var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.load_verify_locations('${dir}/ca.pem')
var tls = ctx.wrap(sock, 'localhost')
echo sock.is_closed                              # expect: true
tls.receive_timeout = 5000
tls.send('now encrypted\r\n')
echo tls.read(15).trim()                         # expect: NOW ENCRYPTED
echo tls.version().starts_with('TLSv1.')         # expect: true
tls.close()
echo os.wait(server)                             # expect: 0
_certs.remove(dir)
