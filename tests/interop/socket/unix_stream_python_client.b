# A Sabre UNIX stream server on a /tmp path serves a python3 client: echo, peer credentials of the client, end of stream.
import socket { * }
import os

var path = '/tmp/sabre_interop_${os.getpid()}_stream.sock'
var server = Socket(AF_UNIX)
server.bind(path)
server.listen()
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.settimeout(5)
c.connect(sys.argv[1])
f = c.makefile("rb")
for m in [b"first", b"second\\0with nul", bytes(range(11, 256))]:
    c.sendall(m + b"\\n")
    got = f.readline()
    assert got == b"<" + m + b">\\n", got
c.shutdown(socket.SHUT_WR)
assert f.readline() == b"done\\n"
assert f.readline() == b""
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, path])

var conn = server.accept()
conn.receive_timeout = 5000
var cred = conn.get_option(SO_PEERCRED)
# the credentials name the python3 process (a dictionary {pid, uid, gid}, or the pid alone)
echo (is_dict(cred) ? cred['pid'] : cred) == pid   # expect: true
var pending = '', count = 0
while true {
  var chunk = conn.receive()
  if chunk == '' break
  pending += chunk
  while pending.index_of('\n') >= 0 {
    var at = pending.index_of('\n')
    conn.send('<' + pending[0, at] + '>\n')
    pending = pending[at + 1, pending.length()]
    count++
  }
}
echo count                         # expect: 3
echo pending                       # expect: 
conn.send('done\n')
conn.close()
server.close()
echo os.wait(pid)                  # expect: 0
file(path).delete()
