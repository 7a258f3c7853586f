# examples/ruby_hello_server.b (the article's Ruby threaded server) greets 10 python3 clients connecting at once, then socat, each from a fiber of its own, and exits on its client limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('ruby.out')
var server = _peers.start('ruby_hello_server', [port, '127.0.0.1', 11], out)

var python = _peers.python('
failures = []
def client(k):
    try:
        c = connect(("127.0.0.1", int(sys.argv[1])))
        got = c.makefile("rb").read()
        if got != b"Hello!\\n":
            failures.append((k, got))
    except Exception as e:
        failures.append((k, repr(e)))
threads = [threading.Thread(target=client, args=(k,)) for k in range(10)]
for t in threads: t.start()
for t in threads: t.join()
if failures: print(failures, file=sys.stderr)
sys.exit(1 if failures else 0)
', [port])
echo os.wait(python)                      # expect: 0
var reply = _peers.tmp('socat.out')
echo _peers.sh('timeout 5 socat -u TCP:127.0.0.1:${port} - >${reply}')   # expect: 0
echo _peers.take(reply).trim()            # expect: Hello!
echo os.wait(server)                      # expect: 0
var log = _peers.take(out).trim().split('\n')
echo log[0] == 'Greeting clients on 127.0.0.1 port ${port}'   # expect: true
echo log[1]                               # expect: Greeted 11 clients
