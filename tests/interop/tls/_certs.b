# Helper module for the TLS interop tests (run alone, it checks itself): makes test certificates with the openssl command, runs shell commands, starts `openssl s_server` peers.
import os
import socket
import ssl

# The certificates make() writes, each NAME.pem with its key NAME.key:
# ca (trusted by the tests), server (localhost, 127.0.0.1, ::1), other (other.test),
# expired (localhost, already expired), rogue (localhost, from an untrusted CA),
# wildcard (*.sabre.test), idn (xn--bcher-kva.sabre.test, the A-label of bücher.sabre.test),
# self (localhost, signed by its own key), client (a client certificate for mutual TLS) and
# revoked (localhost, for a server or a client, from the test CA, which revoked it); ca.crl, the test CA's revocation
# list naming revoked; and server_encrypted.key, the server's key encrypted with the password
# 'sabre secret'.
var _script = '
set -e
k="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
ca() { openssl req -x509 $k -keyout $1.key -out $1.pem -days 30 -subj "/CN=$2/O=Sabre Tests"; }
leaf() {
  openssl req $k -keyout $1.key -out $1.csr -subj "/CN=$2/O=Sabre Tests"
  printf "subjectAltName=%s\\nextendedKeyUsage=%s\\n" "$3" "$6" > $1.ext
  openssl x509 -req -in $1.csr -CA $4.pem -CAkey $4.key -CAcreateserial -days $5 -extfile $1.ext -out $1.pem
}
ca ca "Sabre Test CA"
ca rogue_ca "Rogue CA"
leaf server localhost "DNS:localhost,IP:127.0.0.1,IP:::1" ca 30 serverAuth
leaf other other.test "DNS:other.test" ca 30 serverAuth
leaf expired localhost "DNS:localhost,IP:127.0.0.1" ca -1 serverAuth
leaf rogue localhost "DNS:localhost,IP:127.0.0.1" rogue_ca 30 serverAuth
leaf wildcard "*.sabre.test" "DNS:*.sabre.test" ca 30 serverAuth
leaf idn xn--bcher-kva.sabre.test "DNS:xn--bcher-kva.sabre.test" ca 30 serverAuth
leaf client "Sabre Test Client" "email:client@sabre.test" ca 30 clientAuth
openssl req -x509 $k -keyout self.key -out self.pem -days 30 -subj "/CN=localhost/O=Sabre Tests" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"
openssl pkey -in server.key -aes256 -passout "pass:sabre secret" -out server_encrypted.key
leaf revoked localhost "DNS:localhost,IP:127.0.0.1" ca 30 serverAuth,clientAuth
mkdir crl_db && touch crl_db/index.txt && echo 01 > crl_db/crlnumber
printf "[ca]\\ndefault_ca=crl\\n[crl]\\ndatabase=crl_db/index.txt\\ncrlnumber=crl_db/crlnumber\\ndefault_md=sha256\\ndefault_crl_days=30\\n" > crl.cnf
openssl ca -config crl.cnf -keyfile ca.key -cert ca.pem -revoke revoked.pem
openssl ca -config crl.cnf -keyfile ca.key -cert ca.pem -gencrl -out ca.crl
'

# Runs command with sh and returns its exit status.
def sh(command) {
  var pid = os.fork()
  if pid == 0 os.exec(['sh', '-c', command])
  return os.wait(pid)
}

# Starts command with sh (replacing the shell) and returns its pid, for os.wait.
def spawn(command) {
  var pid = os.fork()
  if pid == 0 os.exec(['sh', '-c', 'exec ' + command])
  return pid
}

# Waits until the file at path has a line `prefix PORT` and returns the port (at most 10 s).
def wait_for_port(path, prefix) {
  iter var i = 0; i < 500; i++ {
    if file(path).exists() {
      for line in file(path).read().split('\n') {
        if line.starts_with(prefix) return to_number(line.replace(prefix, '').trim())
      }
    }
    os.sleep(0.02)
  }
  raise Exception('${path} names no port after 10 s')
}

# Starts `openssl s_server` for one connection (-naccept 1) on a port it picks itself, with
# the options, and returns [pid, port] once it listens. Its output goes to a log in dir.
var _servers = 0
def s_server(dir, options) {
  _servers++
  var log = '${dir}/s_server_${_servers}.log'
  var pid = spawn('timeout 20 openssl s_server -naccept 1 -accept 127.0.0.1:0 ' + options +
                  ' >${log} 2>&1 </dev/null')
  return [pid, wait_for_port(log, 'ACCEPT 127.0.0.1:')]
}

# Makes the certificates in a new directory named after this process and returns its path.
def make() {
  var dir = '/tmp/sabre_tls_${os.getpid()}'
  if sh('rm -rf ${dir} && mkdir ${dir} && cd ${dir} && (' + _script + ') >log 2>&1') != 0 {
    raise Exception('cannot make test certificates: see ${dir}/log')
  }
  return dir
}

# Starts s_server with certificate cert of dir, connects with context.wrap(sock, name) and
# returns the TLSException (its message with the port replaced by PORT and the certificate's
# dates by FROM and TO in .text), or nil when the handshake succeeds.
def handshake_error(dir, cert, name, context) {
  var server = s_server(dir, '-cert ${dir}/${cert}.pem -key ${dir}/${cert}.key -rev')
  var sock = socket.create_connection('127.0.0.1', server[1], 5000)
  var tls = context.wrap(sock, name)
  var result = nil
  try {
    tls.handshake(5000)
  } catch ssl.TLSException e {
    result = e
    e.text = e.message.replace('${server[1]}', 'PORT').replace(e.not_before, 'FROM').replace(e.not_after, 'TO')
  }
  tls.close()
  os.wait(server[0])
  return result
}

# Makes ${dir}/trusted (holding the test CA) and ${dir}/unrelated (the rogue CA) hashed CA
# directories, as `openssl rehash` makes /etc/ssl/certs; returns the shell's exit status.
def hashed_ca_dirs(dir) {
  return sh('mkdir ${dir}/trusted ${dir}/unrelated && cp ${dir}/ca.pem ${dir}/trusted/ && ' +
            'cp ${dir}/rogue_ca.pem ${dir}/unrelated/ && ' +
            'openssl rehash ${dir}/trusted ${dir}/unrelated >/dev/null 2>&1')
}

def remove(dir) {
  sh('rm -rf ${dir}')
}

if os.args[0].ends_with('_certs.b') {
  var dir = make()
  for name in ['ca', 'server', 'other', 'expired', 'rogue', 'wildcard', 'idn', 'self', 'client', 'revoked'] {
    if !file('${dir}/${name}.pem').exists() or !file('${dir}/${name}.key').exists() echo 'missing ' + name
  }
  echo sh('cd ${dir} && openssl verify -CAfile ca.pem server.pem other.pem wildcard.pem idn.pem client.pem >/dev/null 2>&1')  # expect: 0
  echo sh('cd ${dir} && openssl verify -CAfile ca.pem expired.pem >/dev/null 2>&1') != 0              # expect: true
  echo sh('cd ${dir} && openssl verify -CAfile ca.pem rogue.pem >/dev/null 2>&1') != 0                # expect: true
  echo sh('cd ${dir} && openssl verify -crl_check -CAfile ca.pem -CRLfile ca.crl server.pem >/dev/null 2>&1')  # expect: 0
  echo sh('cd ${dir} && openssl verify -crl_check -CAfile ca.pem -CRLfile ca.crl revoked.pem >/dev/null 2>&1') != 0  # expect: true
  var server = s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev')
  echo server[1] > 0                                                                                  # expect: true
  echo sh('echo | timeout 10 openssl s_client -connect 127.0.0.1:${server[1]} >/dev/null 2>&1')     # expect: 0
  echo os.wait(server[0])                                                                             # expect: 0
  remove(dir)
  echo file(dir).exists()                                                                             # expect: false
}
