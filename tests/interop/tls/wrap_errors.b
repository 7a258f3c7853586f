# Wrapping what cannot be wrapped (closed, unconnected, datagram or non-Socket values, the wrong side, no host name to check) and using a closed TLSSocket each raise a clear exception; wrap() consumes the Socket.
import ssl
import socket
import os

def show(f) {
  catch { f() } as e
  if !e return 'no exception'
  var text = e.type + ': ' + e.message
  if instance_of(e, socket.SocketException) text += ' [errno ${e.errno}]'
  return text
}
var client = ssl.TLSContext(ssl.CLIENT)
var server = ssl.TLSContext(ssl.SERVER)

echo show(@{ client.wrap(42) })
# expect: TypeError: TLSContext.wrap(): argument 1 (sock) must be a Socket, got number
echo show(@{ client.wrap(client) })
# expect: TypeError: TLSContext.wrap(): argument 1 (sock) must be a Socket, got TLSContext
var fresh = socket.Socket()
echo show(@{ client.wrap(fresh, 'localhost') })
# expect: TLSException: TLSContext.wrap(): the socket is not connected: connect it first, or use ssl.connect() [errno 107]
fresh.close()
echo show(@{ client.wrap(fresh, 'localhost') })
# expect: TLSException: TLSContext.wrap(): the socket is closed [errno 9]
var udp = socket.Socket(socket.AF_INET, socket.SOCK_DGRAM)
echo show(@{ client.wrap(udp, 'localhost') })
# expect: TLSException: TLSContext.wrap(): TLS needs a stream socket (SOCK_STREAM) [errno 22]
udp.close()
var listener = socket.create_server(0, '127.0.0.1')
echo show(@{ server.wrap(listener) })
# expect: TLSException: TLSContext.wrap(): the socket is not connected: connect it first, or use ssl.connect() [errno 107]

var pair = socket.socket_pair()
echo show(@{ client.wrap(pair[0]) })
# expect: TLSException: TLSContext.wrap(): refusing to connect without a host name to check the certificate against: pass server_hostname (ctx.wrap(sock, 'example.com')), or set ctx.verify = false to skip verification [errno 22]
echo show(@{ client.wrap(pair[0], 'localhost', true) })
# expect: ValueError: TLSContext.wrap(): a CLIENT context makes only client-side connections: use TLSContext(ssl.SERVER)
echo show(@{ server.wrap(pair[0], nil, false) })
# expect: ValueError: TLSContext.wrap(): a SERVER context makes only server-side connections: use TLSContext(ssl.CLIENT)
echo show(@{ server.wrap(pair[0], 'localhost') })
# expect: ValueError: TLSContext.wrap(): server_hostname is for the client side
echo show(@{ server.wrap(pair[0]) })
# expect: TLSException: TLSContext.wrap(): the SERVER context has no certificate: call load_cert_chain() before serving [errno 22]
echo show(@{ client.wrap(pair[0], '') })
# expect: ValueError: TLSContext.wrap(): server_hostname must be a host name or IP address of 1 to 253 bytes without NUL bytes
echo show(@{ client.wrap(pair[0], 'bad\0name') })
# expect: ValueError: TLSContext.wrap(): server_hostname must be a host name or IP address of 1 to 253 bytes without NUL bytes
echo show(@{ client.wrap(pair[0], 443) })
# expect: TypeError: TLSContext.wrap(): argument 2 (server_hostname) must be a string, got number
echo show(@{ client.wrap(pair[0], 'localhost', 'yes') })
# expect: TypeError: TLSContext.wrap(): argument 3 (server_side) must be a boolean, got string

# Bytes received in the clear before wrap() are refused, not mixed into the TLS stream.
pair[1].send('early')
pair[0].receive_timeout = 100
catch { pair[0].read(10) } as timeout
echo timeout.type                            # expect: TimeoutError
echo show(@{ client.wrap(pair[0], 'localhost') })
# expect: TLSException: TLSContext.wrap(): the socket holds 5 bytes received before the handshake [errno 22]
pair[0].close()
pair[1].close()

# wrap() consumes the Socket: it reads as closed, and the TLSSocket owns the descriptor.
pair = socket.socket_pair()
var tls = client.wrap(pair[0], 'localhost')
echo pair[0].is_closed                       # expect: true
echo pair[0].id                              # expect: -1
echo show(@{ pair[0].send('x') })
# expect: SocketException: Socket.send(): the socket is closed [errno 9]
echo tls                                     # expect: <TLSSocket unix '' before handshake>
echo tls.is_connected                        # expect: true
echo tls.is_handshake_done                   # expect: false
echo show(@{ tls.send(42) })
# expect: TypeError: TLSSocket.send(): argument 1 (message) must be a string or bytes, got number
echo show(@{ tls.receive('all') })
# expect: TypeError: TLSSocket.receive(): argument 1 (length) must be an integer, got string
echo show(@{ tls.read(-2) })
# expect: ValueError: TLSSocket.read(): length must be between -1 and 1073741824, got -2
echo show(@{ tls.receive_timeout = -1 })
# expect: ValueError: TLSSocket.receive_timeout(): timeout must be between 0 and 1000000000000, got -1
echo show(@{ tls.send_timeout = 1.5 })
# expect: ValueError: TLSSocket.send_timeout(): argument 1 (timeout) must be an integer, got 1.5
echo show(@{ tls.handshake('soon') })
# expect: TypeError: TLSSocket.handshake(): argument 1 (timeout) must be an integer, got string
echo show(@{ tls.shutdown(7) })
# expect: ValueError: TLSSocket.shutdown(): how must be between 0 and 2, got 7

# A closed TLSSocket refuses everything but close() and the properties.
echo tls.close()                             # expect: true
echo tls.close()                             # expect: true
echo tls                                     # expect: <TLSSocket unix '' closed>

# A connection to a Linux abstract name keeps its name, all of it: NUL bytes included.
var name = '@sabre_tls\0abstract_${os.getpid()}'
var abstract = socket.Socket(socket.AF_UNIX)
abstract.bind(name)
abstract.listen()
var dialer = socket.Socket(socket.AF_UNIX)
dialer.connect(name, nil, 2000)
var over_abstract = client.wrap(dialer, 'localhost')
echo to_string(over_abstract) == "<TLSSocket unix '${name}' before handshake>"  # expect: true
echo over_abstract.host == name                                                   # expect: true
over_abstract.close()
abstract.close()
echo tls.is_connected                        # expect: false
echo tls.info()                              # expect: {}
for call in [@{ tls.send('x') }, @{ tls.receive() }, @{ tls.read() }, @{ tls.handshake() },
             @{ tls.cipher() }, @{ tls.peer_certificate() }, @{ tls.shutdown() }] {
  echo show(call)
}
# expect: TLSException: TLSSocket.send(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.receive(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.read(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.handshake(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.cipher(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.peer_certificate(): the TLS socket is closed [errno 9]
# expect: TLSException: TLSSocket.shutdown(): the TLS socket is closed [errno 9]
pair[1].close()

echo show(@{ ssl.TLSSocket() })
# expect: TypeError: TLSSocket cannot be created directly
echo show(@{ ssl.connect(42, 443) })
# expect: TypeError: ssl.connect(): argument 1 (host) must be a string, got number
echo show(@{ ssl.connect('local\0host', 443) })
# expect: ValueError: ssl.connect(): host must be a host name or IP address of 1 to 253 bytes without NUL bytes
echo show(@{ ssl.connect('localhost', 70000) })
# expect: ValueError: ssl.connect(): port must be between 0 and 65535, got 70000
echo show(@{ ssl.connect('localhost', 443, 'ctx') })
# expect: TypeError: ssl.connect(): argument 3 (context) must be a TLSContext, got string
echo show(@{ ssl.connect('localhost', listener.port, server) }).index_of('a SERVER context makes only server-side') > 0  # expect: true
var refused = socket.create_server(0, '127.0.0.1')
var port = refused.port
refused.close()
var refusal = show(@{ ssl.connect('127.0.0.1', port) }).replace(to_string(port), 'PORT')
echo refusal.starts_with('ConnectError: ssl.connect(): connect to 127.0.0.1:PORT: every attempt failed (1 attempt: 127.0.0.1:PORT Connection refused after ')   # expect: true
echo refusal.ends_with(' ms) [errno 111]')   # expect: true
listener.close()

# Arguments are checked before the handshake runs: against a peer that never
# answers, a bad argument raises at once rather than after the handshake's timeout.
var silent = socket.socket_pair()
var waiting = client.wrap(silent[0], 'localhost')
waiting.receive_timeout = 5000
waiting.send_timeout = 5000
var began = microtime()
echo show(@{ waiting.read_until(5) })
# expect: TypeError: TLSSocket.read_until(): argument 1 (delimiter) must be a string, got number
echo show(@{ waiting.read_exact(-1) })
# expect: ValueError: TLSSocket.read_exact(): length must be between 0 and 1073741824, got -1
echo show(@{ waiting.read_line(0) }).starts_with('ValueError: TLSSocket.read_line(): ')   # expect: true
echo show(@{ waiting.send_file(5) }).starts_with('TypeError: TLSSocket.send_file(): ')   # expect: true
echo microtime() - began < 2000000   # expect: true
waiting.close()
silent[1].close()
