# Seed 002 example "read and write": receive what the peer sent and reply 'You sent: ' + it, against a python3 server.
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
c.sendall(b"hello from python")
reply = b""
while True:
    data = c.recv(100)
    if not data:
        break
    reply += data
sys.exit(0 if reply == b"You sent: hello from python" else 3)
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

var message_from_client = socket.receive()
socket.send('You sent: ' + message_from_client)
# --- end ---
echo message_from_client           # expect: hello from python

# --- the seed's example ---
socket.close()
# --- end ---
echo os.wait(pid)                  # expect: 0
