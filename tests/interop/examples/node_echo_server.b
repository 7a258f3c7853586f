# examples/node_echo_server.b (the article's Node.js echo server) serves 20 python3 clients at once, one fiber each: every client is greeted, gets 200 KB echoed back intact while all are connected, and socat is the last client.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('node.out')
var server = _peers.start('node_echo_server', [port, '127.0.0.1', 21], out)

var python = _peers.python('
port = int(sys.argv[1])
failures = []
everyone = threading.Barrier(20, timeout=8)
def client(k):
    try:
        c = connect(("127.0.0.1", port))
        f = c.makefile("rb")
        assert f.readline() == b"Echo server\\r\\n"
        everyone.wait()   # all 20 are connected and greeted before anyone sends
        data = bytes([k]) * 200000
        sender = threading.Thread(target=c.sendall, args=(data,))
        sender.start()
        got = f.read(len(data))
        sender.join()
        c.shutdown(socket.SHUT_WR)
        if got != data or f.read() != b"":
            failures.append(k)
        c.close()
    except Exception as e:
        failures.append((k, repr(e)))
threads = [threading.Thread(target=client, args=(k,)) for k in range(20)]
for t in threads: t.start()
for t in threads: t.join()
if failures: print(failures, file=sys.stderr)
sys.exit(1 if failures else 0)
', [port])
echo os.wait(python)                      # expect: 0
var reply = _peers.tmp('socat.out')
echo _peers.sh('printf "from socat" | timeout 5 socat - TCP:127.0.0.1:${port} >${reply}')   # expect: 0
echo _peers.take(reply).replace('\r\n', '|')   # expect: Echo server|from socat
echo os.wait(server)                      # expect: 0
var log = _peers.take(out).trim().split('\n')
echo log[0] == 'Echo server on 127.0.0.1 port ${port}'   # expect: true
echo log[1]                               # expect: Served 21 connections
