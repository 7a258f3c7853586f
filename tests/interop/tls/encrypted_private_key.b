# An encrypted private key: load_cert_chain() takes its password (a string or bytes) and
# the server then serves `openssl s_client`; without a password, or with a wrong one, it
# raises saying so, and it never prompts: run on a terminal (under `script`), the child
# prints only its own line, with no "Enter PEM pass phrase".
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var key = '${dir}/server_encrypted.key'
var ctx = ssl.TLSContext(ssl.SERVER)
catch { ctx.load_cert_chain('${dir}/server.pem', key) } as none
echo [none.type, none.errno]                              # expect: ['TLSException', 13]
echo none.message.replace(dir, 'DIR')
# expect: TLSContext.load_cert_chain(): the private key 'DIR/server_encrypted.key' is encrypted: pass its password (load_cert_chain(cert_file, key_file, password))
catch { ctx.load_cert_chain('${dir}/server.pem', key, 'not it') } as wrong
echo wrong.message.replace(dir, 'DIR')
# expect: TLSContext.load_cert_chain(): the password does not decrypt the private key 'DIR/server_encrypted.key'
catch { ctx.load_cert_chain('${dir}/server.pem', key, 42) } as typed
echo typed.type                                           # expect: TypeError
echo ctx.load_cert_chain('${dir}/server.pem', key, bytes('sabre secret'))   # expect: nil
echo ctx.load_cert_chain('${dir}/server.pem', key, 'sabre secret')          # expect: nil

# The server with the decrypted key answers s_client.
var listener = socket.create_server(0, '127.0.0.1')
var client = _certs.spawn('echo hello | timeout 10 openssl s_client -connect 127.0.0.1:${listener.port} ' +
                          '-CAfile ${dir}/ca.pem -verify_return_error -quiet >${dir}/client.log 2>&1')
listener.receive_timeout = 5000
var tls = ctx.wrap(listener.accept())
tls.receive_timeout = 5000
echo tls.read_line().trim()                               # expect: hello
tls.close()
listener.close()
echo os.wait(client)                                      # expect: 0

# On a terminal, nothing prompts: the child's whole output is its own line.
var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var child = '${dir}/child.b'
var f = file(child, 'w')
f.write("import ssl\nvar ctx = ssl.TLSContext(ssl.SERVER)\n" +
        "catch { ctx.load_cert_chain('${dir}/server.pem', '${key}') } as e\necho 'refused ' + e.type\n")
f.close()
echo _certs.sh('timeout 10 script -qec "${sabre} ${child}" /dev/null </dev/null >${dir}/tty.log 2>&1')   # expect: 0
echo file('${dir}/tty.log').read().trim()                 # expect: refused TLSException
_certs.remove(dir)
