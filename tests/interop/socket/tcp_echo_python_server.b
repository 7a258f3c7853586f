# A Sabre TCP client talks to a real python3 echo server on 127.0.0.1 that picked its own port.
import socket { * }
import os

# python3 binds port 0 and writes the port it got into this file (renamed into place, so never half written).
var port_file = '/tmp/sabre_interop_${os.getpid()}_echo.port'
var server_code = '
import os, socket, sys, signal
signal.alarm(10)
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(5)
path = sys.argv[1]
with open(path + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(path + ".tmp", path)
c, _ = srv.accept()
c.settimeout(5)
c.sendall(b"ready")
total = 0
while True:
    data = c.recv(65536)
    if not data:
        break
    total += len(data)
    c.sendall(data.upper())
c.close()
sys.exit(0 if total == 26 else 3)
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', server_code, port_file])

var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}
file(port_file).delete()

var s = Socket()
s.receive_timeout = 5000
echo s.connect('127.0.0.1', port, 5000)    # expect: true
echo s.peer_address().port == port      # expect: true
echo s.read(5)                             # expect: ready
for m in ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] {
  s.send(m)
  echo s.read(m.length())
}
# expect: ALPHA
# expect: BETA
# expect: GAMMA
# expect: DELTA
# expect: EPSILON
s.shutdown(SHUT_WR)                        # the server sees the end and exits
echo s.receive()                           # expect: 
s.close()
echo os.wait(pid)                          # expect: 0
