# The deadline of a Socket carries over to the TLSSocket that wraps it and
# bounds the handshake; TLSSocket.set_deadline() sets a new one. The peer
# is a TCP connection that never speaks TLS.
import socket { * }
import ssl
var server = create_server(0, '127.0.0.1')
var sock = create_connection('127.0.0.1', server.port, 2000, {deadline: 300})
var peer = server.accept()
var ctx = ssl.TLSContext(ssl.CLIENT)
ctx.verify = false
var tls = ctx.wrap(sock)
echo tls.time_left > 0 and tls.time_left <= 300   # expect: true
var start = microtime()
catch { tls.handshake() } as e
var elapsed = (microtime() - start) / 1000
echo e.type                               # expect: TimeoutError
echo e.message == 'TLSSocket.handshake(): handshake with 127.0.0.1:${server.port}: the deadline passed'   # expect: true
echo elapsed >= 200 and elapsed < 1500    # expect: true
tls.set_deadline(200)
start = microtime()
catch { tls.handshake(5000) } as e
elapsed = (microtime() - start) / 1000
echo e.errno                              # expect: 110
echo elapsed >= 150 and elapsed < 1500    # expect: true
tls.set_deadline(nil)
echo tls.time_left                        # expect: nil
tls.close()
peer.close()
server.close()
