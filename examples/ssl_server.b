# A TLS server (Pike's "SSL/TLS Server" recipe) answering each client on 127.0.0.1. Run: build/sabre examples/ssl_server.b [PORT] [CERT_FILE] [KEY_FILE], then: curl --cacert CA_FILE https://localhost:PORT/
import ssl
import socket
import os

var port = os.args.length() > 1 ? to_number(os.args[1]) : 8443
var cert_file = os.args.length() > 2 ? os.args[2] : 'server.pem'
var key_file = os.args.length() > 3 ? os.args[3] : 'server.key'

var ctx = ssl.TLSContext(ssl.SERVER)
ctx.load_cert_chain(cert_file, key_file)
var server = socket.create_server(port, '127.0.0.1')
echo 'SSL server listening on port ${server.port}'

def handle_ssl_client(tls) {
  tls.receive_timeout = 10000
  tls.send_timeout = 10000
  try {
    var data = tls.receive(4096)   # runs the handshake first
    if data {
      echo 'Received: ${data}'
      tls.send('HTTP/1.0 200 OK\r\n\r\nSSL Connection Successful!\n')
    }
  } catch socket.SocketException e {
    echo 'Client failed: ${e.message}'
  }
  tls.close()
}

while true {
  handle_ssl_client(ctx.wrap(server.accept()))
}
