# Closing a socket cancels the fiber waiting on it, whatever it waits for (accept, receive, read, send into a full buffer, a pending connect, receive_from): it raises at once instead of waiting for its timeout, while a fiber waiting on another socket is not disturbed, and a new socket that reuses the descriptor number works.
import socket { * }

var start = microtime()
def ms() { return (microtime() - start) // 1000 }

# Each waiter reports [what it raised, whether it ended well before its 5 s timeout].
def waiter(operation) {
  return spawn(@{
    var t = microtime()
    catch { operation() } as e
    return [e == nil ? 'no error' : '${e.type}: ${e.message}', (microtime() - t) < 2000000]
  })
}

var listener = create_server(0, '127.0.0.1')
listener.receive_timeout = 5000
var tcp_client = create_connection('127.0.0.1', listener.port, 2000)
var tcp_server = listener.accept()
tcp_client.receive_timeout = 5000
tcp_server.receive_timeout = 5000
var other_client = create_connection('127.0.0.1', listener.port, 2000)
var other_server = listener.accept()
other_server.receive_timeout = 5000

var idle = create_server(0, '127.0.0.1')
idle.receive_timeout = 5000
var full = Socket()               # backlog 0: one connection fills the queue
full.bind(0, '127.0.0.1')
full.listen(0)
var filler = create_connection('127.0.0.1', full.port, 2000)
var connecting = Socket()
var udp = Socket(AF_INET, SOCK_DGRAM)
udp.bind(0, '127.0.0.1')
udp.receive_timeout = 5000
var blocked_sender = create_connection('127.0.0.1', listener.port, 2000)
var never_reads = listener.accept()
blocked_sender.send_timeout = 5000
var sent = 0

# The bystander waits on another connection and must get its data intact.
var bystander = spawn(@{ return other_server.receive() })

var waiters = [
  [idle, waiter(@{ idle.accept() })],
  [tcp_server, waiter(@{ tcp_server.receive() })],
  [tcp_client, waiter(@{ tcp_client.read(100) })],
  [connecting, waiter(@{ connecting.connect('127.0.0.1', full.port, 5000) })],
  [udp, waiter(@{ udp.receive_from() })],
  [blocked_sender, waiter(@{ while true { sent += blocked_sender.send('z' * 65536) } })],
]
sleep(50)
echo sent > 0           # expect: true
# Closing each socket wakes its waiter, from this fiber.
for w in waiters w[0].close()
for w in waiters {
  var r = w[1].join()
  echo r[0]
  if !r[1] echo '  ...only after its timeout'
}
# expect: SocketException: Socket.accept(): the socket is closed
# expect: SocketException: Socket.receive(): the socket is closed
# expect: SocketException: Socket.read(): the socket is closed
# expect: SocketException: Socket.connect(): the socket is closed
# expect: SocketException: Socket.receive_from(): the socket is closed
# expect: SocketException: Socket.send(): the socket is closed

echo bystander.is_done()          # expect: false
other_client.send('still here')
echo bystander.join()             # expect: still here

# New sockets get the freed descriptor numbers; fibers wait on them as usual.
var reused = socket_pair()
var reader = spawn(@{ reused[0].receive_timeout = 2000; return reused[0].receive() })
sleep(10)
reused[1].send('on a reused descriptor')
echo reader.join()                # expect: on a reused descriptor
echo ms() < 3000                  # expect: true
for s in [listener, other_client, other_server, full, filler, never_reads, reused[0], reused[1]] s.close()
