# Protocol versions and ciphers against `openssl s_server`: max_version = TLS1_2 speaks
# TLS 1.2 with the cipher the ciphers string allows; a TLS 1.2 client meets a TLS 1.3-only
# server with a handshake error; min and max may meet but not cross; a cipher string
# nothing matches raises. By default TLS 1.2 agrees only on ciphers with forward secrecy
# and no SHA-1 (a server offering only ECDHE-ECDSA-AES128-SHA is refused), and a string
# that lowers OpenSSL's security level (letting anonymous or NULL ciphers through with
# verify on) is refused.
import ssl
import socket
import os
import ._certs

var dir = _certs.make()
var ctx = ssl.TLSContext()
ctx.load_verify_locations('${dir}/ca.pem')
echo [ctx.min_version == ssl.TLS1_2, ctx.max_version == ssl.TLS1_3]   # expect: [true, true]
echo ctx.ciphers.contains('TLS_AES_256_GCM_SHA384')       # expect: true
echo ctx.ciphers.contains('ECDHE-ECDSA-AES128-GCM-SHA256')   # expect: true
echo ctx.ciphers.filter(@(c) { return c.ends_with('-SHA') or !c.contains('DHE') and !c.starts_with('TLS_') })   # expect: []
var sha1 = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev -tls1_2 -cipher ECDHE-ECDSA-AES128-SHA')
catch { ssl.connect('localhost', sha1[1], ctx, 5000) } as weak
echo [weak.type, weak.message.contains('handshake failure')]   # expect: ['TLSException', true]
os.wait(sha1[0])
catch { ctx.ciphers = 'ALL:@SECLEVEL=0' } as lowered
echo [lowered.type, lowered.message.starts_with("TLSContext.ciphers(): 'ALL:@SECLEVEL=0' lowers OpenSSL's security level below ")]   # expect: ['ValueError', true]
ctx.max_version = ssl.TLS1_2
ctx.ciphers = 'ECDHE-ECDSA-AES128-GCM-SHA256'
echo ctx.ciphers.contains('ECDHE-ECDSA-AES128-GCM-SHA256')   # expect: true
echo ctx.ciphers.contains('ECDHE-ECDSA-AES256-GCM-SHA384')   # expect: false

var server = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev')
var tls = ssl.connect('localhost', server[1], ctx, 5000)
echo [tls.version(), tls.cipher()]                        # expect: ['TLSv1.2', 'ECDHE-ECDSA-AES128-GCM-SHA256']
tls.close()
echo os.wait(server[0])                                   # expect: 0

var modern = _certs.s_server(dir, '-cert ${dir}/server.pem -key ${dir}/server.key -rev -tls1_3')
catch { ssl.connect('localhost', modern[1], ctx, 5000) } as e
echo e.type                                               # expect: TLSException
echo e.message.contains('protocol version')               # expect: true
os.wait(modern[0])

catch { ctx.min_version = ssl.TLS1_3 } as crossed
echo crossed.message   # expect: TLSContext.min_version(): min_version would be newer than max_version
catch { ctx.max_version = 0x0301 } as old
echo old.type                                             # expect: ValueError
ctx.max_version = ssl.TLS1_3
ctx.min_version = ssl.TLS1_3
catch { ctx.max_version = ssl.TLS1_2 } as below
echo below.message     # expect: TLSContext.max_version(): max_version would be older than min_version
catch { ctx.ciphers = 'NO-SUCH-CIPHER' } as none
echo [none.type, none.message.starts_with("TLSContext.ciphers(): use the ciphers 'NO-SUCH-CIPHER'")]   # expect: ['TLSException', true]
catch { ctx.ciphers = 7 } as typed
echo typed.type                                           # expect: TypeError
catch { ctx.ciphers = 'ECDHE+AESGCM\0RC4' } as nul
echo nul.message       # expect: TLSContext.ciphers(): ciphers must not contain NUL bytes
_certs.remove(dir)
