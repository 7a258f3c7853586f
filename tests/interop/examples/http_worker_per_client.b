# examples/http_worker_per_client.b (Inko's "hand each socket to a process") answers 8 curl requests: its acceptor passes each connection to the next of its 4 worker processes with send_socket(), so each worker answers 2, then all exit on the request limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('worker_per_client.out')
var server = _peers.start('http_worker_per_client', [port, '127.0.0.1', 8, 4], out)

# The first request is retried while the server starts; the next 7 go one after another.
var bodies = _peers.tmp('bodies')
echo _peers.sh_retry('curl -sS --max-time 5 -i http://127.0.0.1:${port}/r1 >${bodies}', 7)   # expect: 0
echo _peers.take(bodies).replace('\r\n', '|')   # expect: HTTP/1.1 200 OK|Content-Type: text/plain|Content-Length: 12|Connection: close||Hello, HTTP!
var urls = ''
iter var i = 2; i <= 8; i++ { urls += ' -o /dev/null http://127.0.0.1:${port}/r${i}' }
echo _peers.sh('curl -sS --max-time 10 -w "%{http_code} %{size_download}\\n"${urls} >${bodies}')   # expect: 0
echo _peers.take(bodies).trim().split('\n').filter(@(l) { return l == '200 12' }).length()   # expect: 7
echo os.wait(server)                            # expect: 0

var log = _peers.take(out).trim().split('\n')
echo log[0] == 'HTTP server on 127.0.0.1:${port} with 4 workers'   # expect: true
echo log[log.length() - 1]                      # expect: Served 8 requests
var answered = log[1, log.length() - 1]
answered.sort()
echo answered.join('\n')
# expect: worker 1 answered GET /r1 HTTP/1.1
# expect: worker 1 answered GET /r5 HTTP/1.1
# expect: worker 2 answered GET /r2 HTTP/1.1
# expect: worker 2 answered GET /r6 HTTP/1.1
# expect: worker 3 answered GET /r3 HTTP/1.1
# expect: worker 3 answered GET /r7 HTTP/1.1
# expect: worker 4 answered GET /r4 HTTP/1.1
# expect: worker 4 answered GET /r8 HTTP/1.1
