# A Sabre UDP echo server on ::1 answers a python3 client with receive_from/send_to; datagram boundaries and sender address hold.
import socket { * }
import os

var s = Socket(AF_INET6, SOCK_DGRAM)
s.bind(0, '::1')
s.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c.bind(("::1", 0))
c.settimeout(5)
server = ("::1", int(sys.argv[1]), 0, 0)
c.sendto(b"port %d" % c.getsockname()[1], server)
assert c.recvfrom(100) == (b"ok", server)
messages = [b"a", b"bb" * 100, bytes(range(256)), b"\\0\\0", b"x" * 8000]
for m in messages:
    c.sendto(m, server)
for m in messages:
    data, addr = c.recvfrom(65536)
    assert addr == server, addr
    assert data == b"echo:" + m, data[:20]
c.sendto(b"stop", server)
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(s.port)])

var first = s.receive_from()
echo first[1]                                    # expect: ::1
echo first[0] == 'port ${first[2]}'              # expect: true
s.send_to('ok', first[1], first[2])
var sizes = []
while true {
  var d = s.receive_from()
  if d[0] == 'stop' break
  sizes.append(bytes(d[0]).length())
  s.send_to('echo:' + d[0], d[1], d[2])
}
echo sizes                                       # expect: [1, 200, 256, 2, 8000]
s.close()
echo os.wait(pid)                                # expect: 0
