# Seed 002 examples "connect" and "close", run unchanged against a python3 server on 127.0.0.1.
import socket { Socket }
import os

# The seed connects to port 4000. A fixed port can collide, so a python3 server binds port 0 and
# writes the port it got into a file; that port stands in for 4000 below.
var port_file = '/tmp/sabre_interop_${os.getpid()}_seed.port'
var server_code = '
import os, socket, sys, signal
signal.alarm(10)
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(5)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
c, addr = srv.accept()
c.settimeout(5)
assert c.recv(100) == b""     # the example only connects, then closes
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

# --- the seed's example, with `port` for 4000 ---
var socket = Socket()
socket.connect('127.0.0.1', port)
# --- end ---
echo socket.is_connected           # expect: true
echo socket.peer_address().port == port   # expect: true

# --- the seed's example ---
socket.close()
# --- end ---
echo socket.is_closed              # expect: true
echo os.wait(pid)                  # expect: 0
