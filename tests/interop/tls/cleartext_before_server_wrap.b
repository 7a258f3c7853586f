# The server side of CVE-2023-40217 (Python returned a client's clear
# text as if it had been decrypted, when the client closed before the
# server wrapped the socket): clear text sent and the connection closed
# before wrap() is never handed out as data; the handshake fails instead.
import ssl
import socket
import ._certs

var dir = _certs.make()
var server_ctx = ssl.TLSContext(ssl.SERVER)
server_ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key')
var listener = socket.create_server(0, '127.0.0.1')
listener.receive_timeout = 5000
var client = socket.create_connection('127.0.0.1', listener.port, 5000)
client.send('GET /secret HTTP/1.0\r\n\r\n')
client.close()
var tls = server_ctx.wrap(listener.accept())
tls.receive_timeout = 5000
var got = nil
catch { got = tls.receive() } as e
echo got                                         # expect: nil
echo e.type                                      # expect: TLSException
echo e.message.starts_with("TLSSocket.receive(): handshake with ")   # expect: true
echo e.message.contains('secret')                # expect: false
echo tls.is_handshake_done                       # expect: false
tls.close()
listener.close()
_certs.remove(dir)
