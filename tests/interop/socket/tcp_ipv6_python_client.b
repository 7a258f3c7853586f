# A Sabre TCP server on ::1 (port 0, via create_server) serves a python3 IPv6 client; addresses read back as IPv6.
import socket { * }
import os

var server = create_server(0, '::1')
server.receive_timeout = 5000
echo server.family == AF_INET6                  # expect: true
echo server.local_address().ip          # expect: ::1

var client_code = '
import socket, sys, signal
signal.alarm(10)
c = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
c.settimeout(5)
c.connect(("::1", int(sys.argv[1])))
c.sendall(b"port %d" % c.getsockname()[1])
assert c.recv(100) == b"v6 ok"
c.sendall(b"x" * 100000)
c.shutdown(socket.SHUT_WR)
assert c.recv(100) == b"100000"
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

var conn = server.accept()
conn.receive_timeout = 5000
echo conn.family == AF_INET6                    # expect: true
var peer = conn.peer_address()
echo peer.ip                            # expect: ::1
echo conn.receive(100) == 'port ${peer.port}'  # expect: true
conn.send('v6 ok')
var total = 0
while true {
  var chunk = conn.receive()
  if chunk == '' break
  total += chunk.length()
}
conn.send(to_string(total))
echo total                                      # expect: 100000
conn.close()
server.close()
echo os.wait(pid)                               # expect: 0
