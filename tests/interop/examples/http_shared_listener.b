# examples/http_shared_listener.b (Inko's "share the listener among processes") answers 15 curl and python3 requests from 4 worker processes accepting on one listener: while python3 holds three workers with unfinished requests, the fourth still answers curl; the parent logs each request and stops the workers on the limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('shared_listener.out')
var server = _peers.start('http_shared_listener', [port, '127.0.0.1', 15, 4], out)

# python3 opens three connections and sends nothing until the file `go` exists.
var held = _peers.tmp('held'), go = _peers.tmp('go')
var python = _peers.python('
held = [connect(("127.0.0.1", int(sys.argv[1]))) for _ in range(3)]
open(sys.argv[2], "w").close()
while not os.path.exists(sys.argv[3]):
    time.sleep(0.01)
for i, c in enumerate(held):
    c.sendall(b"GET /held%d HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\n\\r\\n" % i)
    assert c.makefile("rb").read().endswith(b"\\r\\n\\r\\nHello, HTTP!")
', [port, held, go])
while !file(held).exists() os.sleep(0.01)
var bodies = _peers.tmp('bodies')
echo _peers.sh('curl -sS --max-time 5 http://127.0.0.1:${port}/first >${bodies}')   # expect: 0
echo _peers.take(bodies)                        # expect: Hello, HTTP!
_peers.write(go, '')
echo os.wait(python)                            # expect: 0

var urls = ''
iter var i = 1; i <= 11; i++ { urls += ' -o /dev/null http://127.0.0.1:${port}/p${i}' }
echo _peers.sh('curl -sS --no-progress-meter --parallel --parallel-immediate --max-time 10 -w "%{http_code} %{size_download}\\n"${urls} >${bodies}')   # expect: 0
echo _peers.take(bodies).trim().split('\n').filter(@(l) { return l == '200 12' }).length()   # expect: 11
echo os.wait(server)                            # expect: 0
file(held).delete()
file(go).delete()

var log = _peers.take(out).trim().split('\n')
echo log[0] == 'HTTP server on 127.0.0.1:${port} with 4 workers'   # expect: true
echo log[log.length() - 1]                      # expect: Served 15 requests
var requests = log[1, log.length() - 1]
echo requests.filter(@(l) { return l.match('^worker [1-4]: GET /(first|held[0-2]|p[0-9]+) HTTP/1\\.1$') != nil }).length()   # expect: 15
var paths = requests.map(@(l) { return l.split(' ')[3] })
paths.sort()
echo paths.join(' ')                            # expect: /first /held0 /held1 /held2 /p1 /p10 /p11 /p2 /p3 /p4 /p5 /p6 /p7 /p8 /p9
# The first request and the three held ones were answered by four different workers.
var workers = {}
for l in requests {
  if l.index_of(' /first ') > 0 or l.index_of(' /held') > 0 workers[l.split(':')[0]] = true
}
echo workers.length()                           # expect: 4
