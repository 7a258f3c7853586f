# Key logging: with ctx.keylog_file set, a connection to `openssl s_server -keylogfile`
# appends the same secrets (NSS key log lines) that the server logs, in a file only its
# owner may read; a new context takes SSLKEYLOGFILE from the environment; nil stops it;
# an unusable path raises OSError.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
echo ctx.keylog_file                                      # expect: nil
ctx.keylog_file = '${dir}/client.keys'
echo ctx.keylog_file == '${dir}/client.keys'              # expect: true

var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev -keylogfile ${dir}/server.keys')
var tls = ssl.connect('localhost', server[1], ctx, 5000)
tls.receive_timeout = 5000
tls.send('logged\n')
echo tls.read_line().trim()                               # expect: deggol
tls.close()
echo os.wait(server[0])                                   # expect: 0

def secrets(path) {
  var lines = file(path).read().trim().split('\n').filter(@(l) { return !l.starts_with('#') })
  lines.sort()
  return lines
}
var mine = secrets('${dir}/client.keys')
echo mine.length() >= 5                                   # expect: true
echo mine.filter(@(l) { return l.starts_with('CLIENT_TRAFFIC_SECRET_0 ') }).length()   # expect: 1
echo mine == secrets('${dir}/server.keys')                # expect: true
echo _certs.sh('test "$(stat -c %a ${dir}/client.keys)" = 600')   # expect: 0

ctx.keylog_file = nil
echo ctx.keylog_file                                      # expect: nil
catch { ctx.keylog_file = '${dir}/no/such/dir/keys' } as e
echo [e.type, e.errno]                                    # expect: ['OSError', 2]
catch { ctx.keylog_file = '' } as e
echo e.message         # expect: TLSContext.keylog_file(): keylog_file must be a path, or nil
catch { ctx.keylog_file = '${dir}/keys\0.log' } as e
echo e.message         # expect: TLSContext.keylog_file(): keylog_file must not contain NUL bytes

var sabre = os.env('SABRE_BIN') ? os.env('SABRE_BIN') : 'build/sabre'
var child = '${dir}/child.b'
var f = file(child, 'w')
f.write("import ssl\necho ssl.TLSContext().keylog_file\n")
f.close()
echo _certs.sh('SSLKEYLOGFILE=${dir}/env.keys ${sabre} ${child} >${dir}/child.out 2>&1')   # expect: 0
echo file('${dir}/child.out').read().trim() == '${dir}/env.keys'   # expect: true
_certs.remove(dir)
