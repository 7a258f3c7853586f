# create_connection('localhost', port) reaches a python3 server that listens on 127.0.0.1 only, even when ::1 is tried first.
import socket { * }
import os

var port_file = '/tmp/sabre_interop_${os.getpid()}_cc.port'
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
c.sendall(b"hi %s" % addr[0].encode())
assert c.recv(100) == b"bye"
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', server_code, port_file])
var port = nil
iter var i = 0; i < 500 and port == nil; i++ {   # at most 10 s
  if file(port_file).exists() port = to_number(file(port_file).read())
  else os.sleep(0.02)
}
file(port_file).delete()

var before = os.list_dir('/proc/self/fd').length()
var s = create_connection('localhost', port, 5000)
s.receive_timeout = 5000
echo s.is_connected                         # expect: true
echo s.family == AF_INET                    # expect: true
echo s.peer_address().ip            # expect: 127.0.0.1
echo s.receive()                            # expect: hi 127.0.0.1
s.send('bye')
# only the connected socket stays open: a refused ::1 attempt must not leave a descriptor
echo os.list_dir('/proc/self/fd').length() - before   # expect: 1
s.close()
echo os.wait(pid)                           # expect: 0
