# The Sabre versions of Pike's SSL client and server recipes (examples/ssl_client.b, examples/ssl_server.b) talk to each other, and to curl.
import os
import ._certs

var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var dir = _certs.make()
# Port 0: the server picks a free port and says which. stdbuf: it runs until it is killed, so
# its output must not wait in a buffer (an ASan build accepts stdbuf's preloaded library only
# with verify_asan_link_order=0).
var server = _certs.spawn('env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" timeout 20 ' +
  'stdbuf -oL ${sabre} examples/ssl_server.b 0 ${dir}/server.pem ${dir}/server.key ' +
  '>${dir}/server.out 2>&1')
var port = _certs.wait_for_port('${dir}/server.out', 'SSL server listening on port ')
var status = _certs.sh('${sabre} examples/ssl_client.b localhost ${port} ${dir}/ca.pem >${dir}/client.out 2>&1')
echo status                                            # expect: 0
var client = file('${dir}/client.out').read().split('\n')
echo client[0]                                         # expect: Received 46 bytes over TLSv1.3
echo client[1]                                         # expect: HTTP/1.0 200 OK
echo client[3]                                         # expect: SSL Connection Successful!

echo _certs.sh('curl -sS --max-time 10 --cacert ${dir}/ca.pem https://localhost:${port}/ >${dir}/curl.out 2>&1')  # expect: 0
echo file('${dir}/curl.out').read().trim()             # expect: SSL Connection Successful!

# An untrusted server is refused by the client example.
echo _certs.sh('${sabre} examples/ssl_client.b localhost ${port} >${dir}/refused.out 2>&1')  # expect: 1
echo file('${dir}/refused.out').read().index_of('Connection failed: ssl.connect(): handshake with localhost:') == 0  # expect: true

os.kill(server, os.SIGTERM)
os.wait(server)
var log = file('${dir}/server.out').read().split('\n')
echo log[1]                                            # expect: Received: GET / HTTP/1.0
_certs.remove(dir)
