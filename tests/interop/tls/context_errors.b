# TLSContext misuse: bad modes, property values and certificate files each raise a clear exception naming the method, the path and OpenSSL's reason.
import ssl
import socket
import ._certs

var dir = _certs.make()
def show(f) {
  catch { f() } as e
  if !e return 'no exception'
  var text = e.type + ': ' + e.message.replace(dir, 'DIR')
  if instance_of(e, socket.SocketException) text += ' [errno ${e.errno}]'
  return text
}
var ctx = ssl.TLSContext(ssl.SERVER)

echo show(@{ ssl.TLSContext('client') })
# expect: TypeError: TLSContext(): argument 1 (mode) must be an integer, got string
echo show(@{ ssl.TLSContext(2) })
# expect: ValueError: TLSContext(): mode must be between 0 and 1, got 2
echo show(@{ ctx.verify = 'yes' })
# expect: TypeError: TLSContext.verify(): argument 1 (verify) must be a boolean, got string
echo show(@{ ctx.alpn = 'h2' })
# expect: TypeError: TLSContext.alpn(): argument 1 (alpn) must be a list, got string
echo show(@{ ctx.alpn = ['h2', 2] })
# expect: TypeError: TLSContext.alpn(): alpn[1] must be a string, got number
echo show(@{ ctx.alpn = [''] })
# expect: ValueError: TLSContext.alpn(): alpn[0] must be 1 to 255 bytes long, and the list at most 65535 bytes
echo show(@{ ctx.alpn = ['x' * 256] })
# expect: ValueError: TLSContext.alpn(): alpn[0] must be 1 to 255 bytes long, and the list at most 65535 bytes
echo ctx.alpn                               # expect: []

echo show(@{ ctx.load_cert_chain(42) })
# expect: TypeError: TLSContext.load_cert_chain(): argument 1 (cert_file) must be a string, got number
echo show(@{ ctx.load_cert_chain('${dir}/server.pem\0.txt') })
# expect: ValueError: TLSContext.load_cert_chain(): cert_file must not contain NUL bytes
echo show(@{ ctx.load_cert_chain('${dir}/missing.pem') })
# expect: TLSException: TLSContext.load_cert_chain(): load certificate chain 'DIR/missing.pem': No such file or directory [errno 2]
echo show(@{ ctx.load_cert_chain('${dir}/ca.key') })
# expect: TLSException: TLSContext.load_cert_chain(): load certificate chain 'DIR/ca.key': no start line [errno 0]
echo show(@{ ctx.load_cert_chain('${dir}/server.pem', '${dir}/missing.key') })
# expect: TLSException: TLSContext.load_cert_chain(): load private key 'DIR/missing.key': No such file or directory [errno 2]
echo show(@{ ctx.load_cert_chain('${dir}/server.pem', '${dir}/other.key') })
# expect: TLSException: TLSContext.load_cert_chain(): private key 'DIR/other.key' does not match certificate 'DIR/server.pem': key values mismatch [errno 0]
echo show(@{ ctx.load_cert_chain('${dir}/server.pem') }).starts_with("TLSException: TLSContext.load_cert_chain(): load private key 'DIR/server.pem', which holds no PEM private key")   # expect: true
echo show(@{ ctx.load_cert_chain('${dir}/server.pem', '${dir}/server.key') })   # expect: no exception

echo show(@{ ctx.load_verify_locations() })
# expect: ValueError: TLSContext.load_verify_locations(): give ca_file, ca_dir or both
echo show(@{ ctx.load_verify_locations('${dir}/missing.pem') })
# expect: TLSException: TLSContext.load_verify_locations(): load CA file 'DIR/missing.pem': No such file or directory [errno 2]
echo show(@{ ctx.load_verify_locations('${dir}/ca.key') })
# expect: TLSException: TLSContext.load_verify_locations(): load CA file 'DIR/ca.key': no certificate or crl found [errno 0]
echo show(@{ ctx.load_verify_locations(nil, '${dir}/missing') })
# expect: TLSException: TLSContext.load_verify_locations(): load CA directory 'DIR/missing': No such file or directory [errno 2]
echo show(@{ ctx.load_verify_locations(dir) })
# expect: TLSException: TLSContext.load_verify_locations(): load CA file 'DIR': it is a directory: pass it as ca_dir [errno 21]
echo show(@{ ctx.load_verify_locations(nil, '${dir}/ca.pem') })
# expect: TLSException: TLSContext.load_verify_locations(): load CA directory 'DIR/ca.pem': it is a file: pass it as ca_file [errno 20]
echo show(@{ ctx.load_verify_locations(nil, 7) })
# expect: TypeError: TLSContext.load_verify_locations(): argument 2 (ca_dir) must be a string, got number
echo show(@{ ctx.load_verify_locations('${dir}/ca.pem', dir) })                  # expect: no exception
echo show(@{ ctx.load_default_verify_paths() })                                  # expect: no exception

# A TLSException is a SocketException and an OSError.
catch { ctx.load_cert_chain('${dir}/missing.pem') } as e
echo instance_of(e, ssl.TLSException) and instance_of(e, socket.SocketException) and instance_of(e, OSError)  # expect: true
_certs.remove(dir)
