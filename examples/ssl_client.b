# A TLS client (Pike's "SSL/TLS Client" recipe) that fetches / over HTTPS, verifying the server. Run: build/sabre examples/ssl_client.b HOST PORT [CA_FILE]
import ssl
import socket
import os

if os.args.length() < 3 {
  echo 'Usage: ${os.args[0]} host port [ca_file]'
  os.exit(1)
}
var host = os.args[1]
var port = to_number(os.args[2])

# A client context verifies the server's certificate and host name: against the
# system's trusted CAs, or against ca_file when one is given.
var ctx = ssl.TLSContext(ssl.CLIENT)
if os.args.length() > 3 ctx.load_verify_locations(os.args[3])

try {
  var tls = ssl.connect(host, port, ctx, 10000)   # connect, handshake and verify
  tls.send('GET / HTTP/1.0\r\nHost: ${host}\r\n\r\n')
  var response = tls.read(-1)                      # everything until the server ends the stream
  echo 'Received ${bytes(response).length()} bytes over ${tls.version()}'
  echo response
  tls.close()
} catch socket.SocketException e {
  echo 'Connection failed: ${e.message}'
  os.exit(1)
}
