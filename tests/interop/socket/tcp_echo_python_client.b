# A Sabre TCP server on 127.0.0.1 (port 0) echoes lines for a real python3 client, in both directions.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(10)
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
f = s.makefile("rb")
assert f.readline() == b"hello from sabre\\n"
for m in ["one", "two", "three", "four", "five" * 100]:
    s.sendall(m.encode() + b"\\n")
    got = f.readline()
    assert got == b"echo " + m.encode() + b"\\n", got
s.sendall(b"bye\\n")
assert f.readline() == b"", "the server should close after bye"
s.close()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

var conn = server.accept()
conn.receive_timeout = 5000
echo conn.is_connected                         # expect: true
echo conn.peer_address().ip            # expect: 127.0.0.1
conn.send('hello from sabre\n')

var pending = ''
def read_line() {
  while pending.index_of('\n') < 0 {
    var chunk = conn.receive()
    if chunk == '' return nil
    pending += chunk
  }
  var at = pending.index_of('\n')
  var line = pending[0, at]
  pending = pending[at + 1, pending.length()]
  return line
}

var lines = 0
while true {
  var line = read_line()
  if line == nil or line == 'bye' break
  lines++
  conn.send('echo ' + line + '\n')
}
echo lines                                     # expect: 5
conn.close()
server.close()
echo os.wait(pid)                              # expect: 0
