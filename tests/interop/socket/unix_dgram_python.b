# A Sabre UNIX datagram socket on a /tmp path exchanges datagrams with a python3 peer bound to its own path.
import socket { * }
import os

var path = '/tmp/sabre_interop_${os.getpid()}_dgram.sock'
var peer_path = '/tmp/sabre_interop_${os.getpid()}_dgram_peer.sock'
var s = Socket(AF_UNIX, SOCK_DGRAM)
echo s.bind(path)                              # expect: true
s.receive_timeout = 5000

var peer_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
c.bind(sys.argv[2])
c.settimeout(5)
messages = [b"hello", b"", b"\\0" * 10, bytes(range(256)) * 40]
for m in messages:
    c.sendto(m, sys.argv[1])
for m in messages:
    data, addr = c.recvfrom(65536)
    assert addr == sys.argv[1], addr
    assert data == m[::-1], data[:20]
c.sendto(b"end", sys.argv[1])
c.close()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', peer_code, path, peer_path])

var sizes = [], from_peer = true
while true {
  var d = s.receive_from()
  if d[0] == 'end' break
  from_peer = from_peer and d[1] == peer_path and d[2] == 0
  var b = bytes(d[0]), r = bytes(b.length())
  iter var i = 0; i < b.length(); i++ { r[i] = b[b.length() - 1 - i] }
  sizes.append(b.length())
  s.send_to(r, d[1], 0)
}
echo sizes                                     # expect: [5, 0, 10, 10240]
echo from_peer                                 # expect: true
s.close()
echo os.wait(pid)                              # expect: 0
file(path).delete()
file(peer_path).delete()
