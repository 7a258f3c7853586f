# A Sabre TCP client connects to a python3 server listening on ::1 (the port it picked, read from a file) and talks both ways.
import socket { * }
import os

var port_file = '/tmp/sabre_interop_${os.getpid()}_v6.port'
var server_code = '
import os, socket, sys, signal
signal.alarm(10)
srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
srv.bind(("::1", 0))
srv.listen(1)
srv.settimeout(5)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
c, addr = srv.accept()
c.settimeout(5)
c.sendall(("you are [%s]:%d" % addr[:2]).encode())
f = c.makefile("rb")
n = 0
for line in f:
    n += 1
    c.sendall(b"%d:" % n + line)
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

var s = Socket(AF_INET6)
s.receive_timeout = 5000
echo s.connect('::1', port, 5000)                              # expect: true
echo s.peer_address().ip                               # expect: ::1
var me = s.local_address()
echo s.receive(100) == 'you are [::1]:${me.port}'           # expect: true
s.send('a\n')
echo s.read(4).trim()                                               # expect: 1:a
s.send('bb\n')
echo s.read(5).trim()                                               # expect: 2:bb
s.shutdown(SHUT_WR)
echo s.receive()                                               # expect: 
s.close()
echo os.wait(pid)                                              # expect: 0
