# 100 MiB sent by a python3 client arrive in Sabre complete, every byte checked against the pattern (i % 65536) % 251.
import socket { * }
import os

var BLOCK = 65536, TOTAL = 1600 * 65536            # 100 MiB
var twice = bytes(2 * BLOCK)
iter var i = 0; i < 2 * BLOCK; i++ { twice[i] = (i % BLOCK) % 251 }

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(50)
block = bytes(i % 251 for i in range(65536))
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=20)
for _ in range(1600):
    s.sendall(block)
s.shutdown(socket.SHUT_WR)
reply = s.recv(100)
s.close()
sys.exit(0 if reply == b"got 104857600" else 3)
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

var conn = server.accept()
conn.receive_timeout = 20000
var total = 0, bad = -1, chunks = 0
while true {
  var chunk = bytes(conn.receive(BLOCK))
  var n = chunk.length()
  if n == 0 break
  var at = total % BLOCK
  if bad < 0 and chunk != twice.slice(at, at + n) bad = total
  total += n
  chunks++
}
echo total                     # expect: 104857600
echo bad                       # expect: -1
echo chunks >= 1600            # expect: true
conn.send('got ${total}')
conn.close()
server.close()
echo os.wait(pid)              # expect: 0
