# A client context that loads no CA trusts the system's store, which
# OpenSSL reads from SSL_CERT_FILE and SSL_CERT_DIR when they are set: a
# child Sabre with SSL_CERT_FILE naming the test CA, or SSL_CERT_DIR a
# hashed directory holding it, verifies `openssl s_server`; the same child
# with them naming a file or directory without that CA is refused (verify
# code 20: unknown issuer).
import os
import ._certs

var dir = _certs.make()
var sabre = os.env('SABRE_BIN') or 'build/sabre'
var script = '${dir}/client.b'
var f = file(script, 'w')
f.write('import ssl\nimport os\n' +
        'catch {\n' +
        '  var tls = ssl.connect(\'localhost\', to_number(os.args[1]), nil, 5000)\n' +
        '  tls.receive_timeout = 5000\n' +
        '  tls.send(\'trusted\\n\')\n' +
        '  echo tls.read(8).trim()\n' +
        '  tls.close()\n' +
        '} as e\n' +
        'if e echo e.verify_code\n')
f.close()

def run_client(environment) {
  var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev')
  var out = '${dir}/out.txt'
  var status = _certs.sh('${environment} ${sabre} ${script} ${server[1]} > ${out} 2>&1')
  os.kill(server[0], os.SIGTERM)
  os.wait(server[0])
  return [status, file(out).read().trim()]
}

echo run_client('SSL_CERT_FILE=${dir}/ca.pem')     # expect: [0, 'detsurt']
echo run_client('SSL_CERT_FILE=${dir}/other.pem')  # expect: [0, '20']
echo _certs.hashed_ca_dirs(dir)                       # expect: 0
echo run_client('SSL_CERT_FILE=/nonexistent SSL_CERT_DIR=${dir}/trusted')     # expect: [0, 'detsurt']
echo run_client('SSL_CERT_FILE=/nonexistent SSL_CERT_DIR=${dir}/unrelated')   # expect: [0, '20']
_certs.remove(dir)
