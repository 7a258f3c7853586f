# Seed 002 examples "Socket()" and its stated equivalent Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) agree, and both reach a python3 peer.
import socket { Socket }
import socket { AF_INET, SOCK_STREAM, IPPROTO_TCP }
import os

# --- the seed's examples ---
var sock = Socket()
var explicit = Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
# --- end ---
echo sock.family == explicit.family and sock.family == AF_INET              # expect: true
echo sock.type == explicit.type and sock.type == SOCK_STREAM                # expect: true
echo sock.protocol == explicit.protocol and sock.protocol == IPPROTO_TCP    # expect: true

# Both really are TCP/IPv4 sockets: each connects to a python3 server (port 0, read from a file;
# the seed uses 4000) that checks the peer address family and echoes a line.
var port_file = '/tmp/sabre_interop_${os.getpid()}_seed.port'
var server_code = '
import os, socket, sys, signal
signal.alarm(10)
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(2)
srv.settimeout(5)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
for _ in range(2):
    c, addr = srv.accept()
    assert c.family == socket.AF_INET and c.type == socket.SOCK_STREAM
    c.settimeout(5)
    c.sendall(b"tcp:" + c.recv(100))
    c.close()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', server_code, port_file])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}
file(port_file).delete()

for s in [sock, explicit] {
  s.receive_timeout = 5000
  s.connect('127.0.0.1', port, 5000)
  s.send('v4')
  echo s.receive()
  s.close()
}
# expect: tcp:v4
# expect: tcp:v4
echo os.wait(pid)                  # expect: 0
