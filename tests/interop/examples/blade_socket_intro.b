# examples/blade_socket_intro.b (the Blade socket reference's examples, unchanged) answers a python3 server that speaks first, and a socat one.
import os
import ._peers

var server = _peers.python_server('
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
ready(s.getsockname()[1])
c, _ = s.accept()
c.settimeout(5)
c.sendall(b"hello from python")
reply = c.makefile("rb").read()
sys.exit(0 if reply == b"You sent: hello from python" else 3)
')
var r = _peers.run('blade_socket_intro', [server[1]])
echo r[0]                       # expect: 0
echo r[1].trim()
# expect: Socket() is Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP): true
# expect: Replied to: hello from python
echo os.wait(server[0])         # expect: 0

# The peer the example's header suggests: socat, writing the reply to its stderr.
var port = _peers.free_port()
var log = _peers.tmp('socat.err')
var socat = os.fork()
if socat == 0 os.exec(['sh', '-c', "exec timeout 10 socat TCP-LISTEN:${port},bind=127.0.0.1,reuseaddr SYSTEM:'echo hello; cat >&2' 2>${log}"])
r = [1, '']
iter var i = 0; i < 250 and r[0] != 0; i++ {   # while socat starts, the example is refused
  r = _peers.run('blade_socket_intro', [port])
  if r[0] != 0 os.sleep(0.02)
}
echo r[1].trim().split('\n')[1]  # expect: Replied to: hello
echo os.wait(socat)              # expect: 0
echo _peers.take(log).trim()     # expect: You sent: hello
