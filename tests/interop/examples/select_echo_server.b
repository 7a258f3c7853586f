# examples/select_echo_server.b (Pike's select() recipe) serves five python3 clients at once from one process: each gets its lines echoed back in order, and the server logs every arrival, line and departure before exiting on its limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('select.out')
var server = _peers.start('select_echo_server', [port, '127.0.0.1', 5], out)

var clients = _peers.python('
failures = []
def client(k):
    try:
        c = connect(("127.0.0.1", int(sys.argv[1])))
        f = c.makefile("rb")
        for r in range(3):
            line = b"client %d line %d\\n" % (k, r)
            c.sendall(line)
            got = f.readline()
            if got != b"Echo: " + line:
                failures.append((k, r, got))
        c.close()
    except Exception as e:
        failures.append((k, repr(e)))
threads = [threading.Thread(target=client, args=(k,)) for k in range(5)]
for t in threads: t.start()
for t in threads: t.join()
if failures: print(failures, file=sys.stderr)
sys.exit(1 if failures else 0)
', [port])
echo os.wait(clients)                                            # expect: 0
echo os.wait(server)                                             # expect: 0
var log = _peers.take(out).trim().split('\n')
echo log[0] == 'Multiplexed server on port ${port}'              # expect: true
echo log.filter(@(l) { return l.starts_with('New client: 127.0.0.1:') }).length()   # expect: 5
echo log.filter(@(l) { return l.starts_with('Received: client ') }).length()        # expect: 15
echo log.filter(@(l) { return l == 'Client disconnected' }).length()                # expect: 5
echo log.length()                                                # expect: 26
