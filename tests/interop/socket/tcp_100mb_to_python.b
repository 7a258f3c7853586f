# 100 MiB sent from Sabre to a python3 client arrive complete and byte for byte correct (pattern (i % 65536) % 251).
import socket { * }
import os

var BLOCK = 65536, BLOCKS = 1600                 # 1600 * 64 KiB = 100 MiB
var pattern = bytes(BLOCK)
iter var i = 0; i < BLOCK; i++ { pattern[i] = i % 251 }
var block = pattern.to_string()

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(50)
block = bytes(i % 251 for i in range(65536))
twice = block + block
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=20)
buf = bytearray(1 << 20)
view = memoryview(buf)
total = 0
bad = -1
while True:
    n = s.recv_into(buf)
    if n == 0:
        break
    at = total % 65536
    done = 0
    while done < n:                  # compare against the pattern in pieces of at most 64 KiB
        k = min(n - done, 65536)
        start = (at + done) % 65536
        if bad < 0 and view[done:done + k] != twice[start:start + k]:
            bad = total + done
        done += k
    total += n
s.sendall(("%d %d" % (total, bad)).encode())
s.close()
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

var conn = server.accept()
conn.receive_timeout = 20000
conn.send_timeout = 20000
var sent = 0
iter var i = 0; i < BLOCKS; i++ { sent += conn.send(block) }
conn.shutdown(SHUT_WR)
echo sent                             # expect: 104857600
# python answers "<bytes received> <offset of the first 64 KiB piece that differs, or -1>"
echo conn.read(20).trim()             # expect: 104857600 -1
conn.close()
server.close()
echo os.wait(pid)                     # expect: 0
