# examples/tcp_server.b (Pike's TCP server recipe) answers three clients in turn (python3 twice, then socat) with "Acknowledged" and logs what each sent, then exits on its client limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('tcp_server.out')
var server = _peers.start('tcp_server', [port, '127.0.0.1', 3], out)

var client = _peers.python('
for message in [b"hello\\n", b"second client\\n"]:
    c = connect(("127.0.0.1", int(sys.argv[1])))
    c.sendall(message)
    reply = c.makefile("rb").read()
    assert reply == b"Acknowledged\\n", reply
    c.close()
', [port])
echo os.wait(client)                                       # expect: 0
var reply = _peers.tmp('socat.out')
echo _peers.sh('echo from socat | timeout 5 socat - TCP:127.0.0.1:${port} >${reply}')   # expect: 0
echo _peers.take(reply).trim()                             # expect: Acknowledged
echo os.wait(server)                                       # expect: 0
var log = _peers.take(out).split('\n')
echo log[0] == 'Server listening on port ${port}'          # expect: true
echo log[1]                                                # expect: Received: hello
echo log[2]                                                # expect: Received: second client
echo log[3]                                                # expect: Received: from socat
