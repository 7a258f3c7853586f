# The client of help(socket)'s example against a python3 server that answers 'hello' with 'hello yourself'
# and checks the client's end of stream (tests/docs/run_examples.py runs the example itself against an echo server).
import socket { Socket }
import os

# The python3 server binds port 0 and writes its port into a file.
var port_file = '/tmp/sabre_interop_${os.getpid()}_doc.port'
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
assert c.recv(100) == b"hello"
c.sendall(b"hello yourself")
assert c.recv(100) == b""
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', server_code, port_file])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}
file(port_file).delete()

# --- the example's client ---
var sock = Socket()
sock.connect('127.0.0.1', port)
sock.send('hello')
echo sock.receive()                # expect: hello yourself
sock.close()
# --- end ---
echo os.wait(pid)                  # expect: 0
