# The training run of the profile-guided build (scripts/pgo.sh): the work
# the benchmarks measure, in one process with no peer outside it, so the
# compiler learns which branches and calls are hot. Fibers serve and are
# served on 127.0.0.1 and an autobound UNIX name; every exchange is checked,
# so a broken interpreter fails the build instead of training it.
import socket { * }

def check(ok, what) {
  if !ok raise Exception('training run: ${what}')
}

# ---- the interpreter: calls, loops, lists, strings, dictionaries ----

def fib(n) {
  if n < 2 return n
  return fib(n - 1) + fib(n - 2)
}

def interpreter() {
  check(fib(24) == 46368, 'fib')
  var sum = 0
  var i = 0
  while i < 2000000 {
    sum += i
    i += 1
  }
  check(sum == 1999999000000, 'loop')
  var list = []
  iter var k = 0; k < 200000; k++ { list.append(k) }
  var total = 0
  for v in list { total += v }
  check(total == 19999900000, 'list')
  var parts = []
  iter var k = 0; k < 50000; k++ { parts.append('item' + to_string(k)) }
  check(','.join(parts).split(',').length() == 50000, 'strings')
  var counts = {}
  for word in 'the quick brown fox jumps over the lazy dog the end'.split(' ') {
    counts[word] = counts.get(word, 0) + 1
  }
  check(counts['the'] == 3, 'dictionary')
}

# Text of characters of several bytes: counting, indexing, slicing and
# searching decode it. (Iterating over it here made the dispatch loop's
# layout cost fib 0.5% more instructions.)
def text() {
  var line = 'naïve café, Ünïcödé – 日本語 😀 ' * 80
  var chars = 0
  iter var k = 0; k < 300; k++ {
    var s = line + to_string(k)
    chars += s.length() + s[k % 40, 60].length() + s[-3].length() + s.index_of('日本', 10)
  }
  check(chars == 692040, 'text')
}

# ---- sockets: the shapes of bench/sockets and bench/concurrency ----

def listener(family) {
  var server = Socket(family)
  if family == AF_UNIX server.bind('')
  else server.bind(0, '127.0.0.1')
  server.listen(SOMAXCONN)
  return server
}

def dial(server) {
  var sock = Socket(server.family)
  sock.receive_timeout = 10000
  if server.family == AF_UNIX sock.connect(server.host)
  else sock.connect('127.0.0.1', server.port, 10000)
  return sock
}

# Serves count connections, each with handler in a fiber of its own.
def serve(server, count, handler) {
  var fibers = []
  iter var i = 0; i < count; i++ { fibers.append(spawn(handler, server.accept())) }
  for f in fibers f.join()
  server.close()
}

def echo_back(conn) {
  while true {
    var data = conn.receive()
    if data == '' break
    conn.send(data)
  }
  conn.close()
}

var RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\nHello, world\n'

# The request-head parsing of bench/concurrency/http_server.b.
def http(conn) {
  while true {
    var head = conn.read_until('\r\n\r\n')
    if !head.ends_with('\r\n\r\n') break
    var lines = head[0, -4].split('\r\n')
    var request = lines[0].split(' ')
    var headers = {}
    for line in lines[1,] {
      var colon = line.index_of(':')
      if colon > 0 headers[line[0, colon].lower()] = line[colon + 1,].trim()
    }
    conn.send(RESPONSE)
    if headers.get('connection', '') == 'close' or request[2] != 'HTTP/1.1' break
  }
  conn.close()
}

def sink(conn) {
  var total = 0
  var buffer = bytes(65536)
  while true {
    var got = conn.receive_into(buffer)
    if got == 0 break
    total += got
  }
  conn.send('${total}\n')
  conn.close()
}

def ping_client(server, rounds) {
  var sock = dial(server)
  var message = 'p' * 64
  iter var i = 0; i < rounds; i++ {
    sock.send(message)
    check(sock.read_exact(64) == message, 'echo')
  }
  sock.close()
}

def http_client(server, rounds) {
  var sock = dial(server)
  var request = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: sabre-train\r\n\r\n'
  iter var i = 0; i < rounds; i++ {
    sock.send(request)
    check(sock.read_exact(RESPONSE.length()) == RESPONSE, 'http')
  }
  sock.close()
}

def bulk_client(server, megabytes) {
  var sock = dial(server)
  var block = bytes(65536)
  iter var i = 0; i < megabytes * 16; i++ { sock.send(block) }
  sock.shutdown(SHUT_WR)
  check(sock.read_line() == '${megabytes * 1048576}\n', 'bulk')
  sock.close()
}

def churn_client(server, count) {
  iter var i = 0; i < count; i++ {
    var sock = dial(server)
    sock.send('hello')
    check(sock.receive() == 'hello', 'connect')
    sock.close()
  }
}

# clients fibers each running client(server, work) against count connections
# served by handler.
def exchange(family, handler, clients, client, work, connections_each) {
  var server = listener(family)
  var serving = spawn(serve, server, clients * connections_each, handler)
  var fibers = []
  iter var i = 0; i < clients; i++ { fibers.append(spawn(client, server, work)) }
  for f in fibers f.join()
  serving.join()
}

def udp() {
  var server = Socket(AF_INET, SOCK_DGRAM)
  server.bind(0, '127.0.0.1')
  var serving = spawn(@{
    iter var i = 0; i < 3000; i++ {
      var datagram = server.receive_from()
      server.send_to(datagram[0], datagram[1], datagram[2])
    }
  })
  var sock = Socket(AF_INET, SOCK_DGRAM)
  sock.receive_timeout = 10000
  sock.connect('127.0.0.1', server.port)
  var message = 'u' * 512
  iter var i = 0; i < 3000; i++ {
    sock.send(message)
    check(sock.receive(512) == message, 'udp')
  }
  serving.join()
  sock.close()
  server.close()
}

interpreter()
text()
exchange(AF_INET, echo_back, 20, ping_client, 500, 1)
exchange(AF_UNIX, echo_back, 4, ping_client, 1000, 1)
exchange(AF_INET, http, 20, http_client, 1000, 1)
exchange(AF_INET, sink, 1, bulk_client, 64, 1)
exchange(AF_UNIX, sink, 1, bulk_client, 64, 1)
exchange(AF_INET, echo_back, 4, churn_client, 500, 500)
udp()
