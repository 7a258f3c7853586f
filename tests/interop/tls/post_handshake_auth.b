# Post-handshake client authentication (TLS 1.3) against python3's ssl both ways: a Sabre server asks a python client for its certificate midway (verify_client_post_handshake) and reads it; a Sabre client with post_handshake_auth answers a python server that asks; a client that does not allow it, speaks TLS 1.2, sends no certificate or one from an unknown CA is refused with a TLSException; misuse raises.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
server_ctx.load_verify_locations('${dir}/ca.pem')   # the CA of client certificates

# python client: sends 'hello', reads a line, sends 'more', reads a line, writes both lines
# to the report. argv: port, ca, report, allow post-handshake auth (1/0), max TLS 1.2 (1/0),
# client certificate name ('' for none).
var client_code = '
import signal, socket, ssl, sys
signal.alarm(20)
port, ca, report, pha, tls12, cert = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "1", sys.argv[5] == "1", sys.argv[6]
ctx = ssl.create_default_context(cafile=ca)
ctx.post_handshake_auth = pha
if tls12:
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
if cert:
    ctx.load_cert_chain(cert + ".pem", cert + ".key")
lines = []
try:
    tls = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname="localhost")
    f = tls.makefile("rb")
    tls.sendall(b"hello\\n")
    lines.append(f.readline().decode().strip())
    tls.sendall(b"more\\n")
    lines.append(f.readline().decode().strip())
except (OSError, ssl.SSLError) as e:
    lines.append(type(e).__name__)
open(report, "w").write(" | ".join(lines))
'

var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 10000

# Serves one python client started with the options; returns [what the server saw, the
# client's report].
def serve(pha, tls12, cert) {
  var client = os.fork()
  if client == 0 os.exec(['python3', '-c', client_code, to_string(listener.port), '${dir}/ca.pem',
                          '${dir}/report', pha, tls12, cert == '' ? '' : '${dir}/${cert}'])
  var tls = server_ctx.wrap(listener.accept())
  tls.receive_timeout = 10000
  var seen = []
  catch {
    seen.append(tls.read_line().trim())
    seen.append(tls.peer_certificate())
    seen.append(tls.verify_client_post_handshake())
    tls.send('send more\n')
    seen.append(tls.read_line().trim())
    var cert = tls.peer_certificate()
    tls.send('you are ${cert["subject"]["CN"]}\n')
  } as e
  if e seen.append(e.message.replace(to_string(tls.port), 'PORT'))
  tls.close()
  os.wait(client)
  return [seen, file('${dir}/report').read()]
}

var r = serve('1', '0', 'client')
echo r[0]     # expect: ['hello', nil, true, 'more']
echo r[1]     # expect: send more | you are Sabre Test Client

r = serve('0', '0', 'client')
echo r[0][2].split(': ')[-1]
# expect: extension not received
echo r[0][2].starts_with("TLSSocket.verify_client_post_handshake(): ask for the client's certificate after the handshake")  # expect: true

r = serve('1', '1', 'client')
echo r[0][2].split(': ')[-1]   # expect: wrong ssl version

r = serve('1', '0', '')
echo r[0][0, 3]  # expect: ['hello', nil, true]
echo r[0][3].index_of('peer did not return a certificate') > 0  # expect: true

# A certificate from a CA the server does not trust: the read that brings it fails verification.
r = serve('1', '0', 'rogue')
echo r[0][3].index_of('certificate verify failed') > 0  # expect: true

listener.close()

# A Sabre client answers a python server that asks after the handshake.
var server_code = '
import signal, socket, ssl, sys
signal.alarm(20)
dir = sys.argv[1]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(dir + "/server.pem", dir + "/server.key")
ctx.load_verify_locations(dir + "/ca.pem")
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.post_handshake_auth = True
with socket.create_server(("127.0.0.1", 0)) as listener:
    open(dir + "/port", "w").write("PORT %d\\n" % listener.getsockname()[1])
    listener.settimeout(10)
    conn, _ = listener.accept()
    tls = ctx.wrap_socket(conn, server_side=True)
    f = tls.makefile("rb")
    before = tls.getpeercert()
    f.readline()
    tls.verify_client_post_handshake()
    tls.sendall(b"send more\\n")
    f.readline()
    subject = dict(x[0] for x in tls.getpeercert()["subject"])
    tls.sendall(("before: %s, after: %s\\n" % (before, subject["commonName"])).encode())
    tls.unwrap()
'
var server = os.fork()
if server == 0 os.exec(['python3', '-c', server_code, dir])
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
ctx.load_cert_chain('${dir}/client.pem', '${dir}/client.key')
echo ctx.post_handshake_auth       # expect: false
ctx.post_handshake_auth = true
echo ctx.post_handshake_auth       # expect: true
var tls = ssl.connect('localhost', _certs.wait_for_port('${dir}/port', 'PORT '), ctx, 10000)
tls.send('hello\n')
echo tls.read_line().trim()        # expect: send more
tls.send('more\n')
echo tls.read_line().trim()        # expect: before: None, after: Sabre Test Client
catch { tls.verify_client_post_handshake() } as e
echo e.message  # expect: TLSSocket.verify_client_post_handshake(): only the server side asks for the client's certificate
tls.close()
echo os.wait(server)               # expect: 0

# Both ends in one process, the server in a fiber: each side parks while the other works.
var fiber_listener = socket.create_server(0, '127.0.0.1')
def serve_in_fiber() {
  var conn = server_ctx.wrap(fiber_listener.accept())
  var got = [conn.read_line().trim(), conn.verify_client_post_handshake()]
  conn.send('send more\n')
  got.append(conn.read_line().trim())
  got.append(conn.peer_certificate()['subject']['CN'])
  conn.close()
  return got
}
var fiber = spawn(serve_in_fiber)
var in_process = ssl.connect('localhost', fiber_listener.port, ctx, 10000)
in_process.send('hello\n')
echo in_process.read_line().trim()  # expect: send more
in_process.send('more\n')
echo fiber.join()                   # expect: ['hello', true, 'more', 'Sabre Test Client']
in_process.close()
fiber_listener.close()

catch { server_ctx.post_handshake_auth = true } as e
echo e.type     # expect: ValueError
catch { ctx.post_handshake_auth = 1 } as e
echo e.type     # expect: TypeError
_certs.remove(dir)
