# An HTTP/1.1 server with a fiber per connection answers 200 curl requests made in parallel (curl --parallel): every request is held until all 200 have arrived, so all 200 connections are open at once.
import socket { * }
import os
import concurrent { Promise }

var N = 200
var BODY = 'Hello from a Sabre fiber\n'

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 20000
var out = '/tmp/sabre_interop_${os.getpid()}_parallel_curl'

# One curl process, N transfers at once; it writes "code size" per transfer.
var urls = ''
iter var i = 0; i < N; i++ { urls += ' -o /dev/null http://127.0.0.1:${server.port}/r${i}' }
var curl = os.fork()
if curl == 0 {
  os.exec(['sh', '-c', 'exec curl --parallel --parallel-immediate --parallel-max ${N} -sS --no-progress-meter --max-time 20 ' +
                       '-w "%{http_code} %{size_download}\\n"' + urls + ' > ' + out])
}

var open = 0, peak = 0, requests = 0, good_headers = 0
var paths = []
var everyone = Promise()   # resolved when all N requests have arrived

# Reads one request (request line and headers up to the blank line) from
# conn, with buffer holding what was read past the previous one; returns
# [method, path, version, headers, rest of buffer], or nil at the end.
def read_request(conn, buffer) {
  while buffer.index_of('\r\n\r\n') < 0 {
    var chunk = conn.receive()
    if chunk == '' return nil
    buffer += chunk
  }
  var end = buffer.index_of('\r\n\r\n')
  var lines = buffer[0, end].split('\r\n')
  var first = lines[0].split(' ')
  var headers = {}
  for line in lines[1, lines.length()] {
    var colon = line.index_of(':')
    headers[line[0, colon].lower()] = line[colon + 1, line.length()].trim()
  }
  return [first[0], first[1], first[2], headers, buffer[end + 4, buffer.length()]]
}

# A connection's fiber: requests until curl closes it (keep-alive).
def handle(conn) {
  open++
  if open > peak peak = open
  conn.receive_timeout = 20000
  var buffer = ''
  try {
    while true {
      var r = read_request(conn, buffer)
      if r == nil break
      buffer = r[4]
      requests++
      paths.append(r[1])
      if r[0] == 'GET' and r[2] == 'HTTP/1.1' and r[3]['host'] == '127.0.0.1:${server.port}' and
         r[3]['user-agent'].starts_with('curl/') good_headers++
      if requests == N everyone.resolve(true)
      catch { everyone.future.wait(10000) } as late   # answer anyway after 10 s
      conn.send('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${BODY.length()}\r\n\r\n${BODY}')
    }
  } finally {
    conn.close()
    open--
  }
}

var handlers = []
var acceptor = spawn(@{
  iter var i = 0; i < N; i++ { handlers.append(spawn(handle, server.accept())) }
})
catch {
  acceptor.join()
  for h in handlers h.join()
} as failure
if failure != nil {
  echo 'server failed: ' + failure.message
  os.kill(curl, os.SIGKILL)
}
echo os.wait(curl)                 # expect: 0
echo requests                      # expect: 200
echo good_headers                  # expect: 200
echo peak                          # expect: 200
var wanted = []
iter var i = 0; i < N; i++ { wanted.append('/r${i}') }
paths.sort()
wanted.sort()
echo paths == wanted               # expect: true

# curl's verdict on every transfer: 200 lines of "200 25".
var lines = file(out).read().trim().split('\n')
echo lines.length()                # expect: 200
echo lines.filter(@(l) { return l == '200 ${BODY.length()}' }).length()   # expect: 200
file(out).delete()
server.close()
