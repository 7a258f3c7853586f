# A python3 peer that sends half a record and pauses: read() times out without losing the half, and the next read completes it.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000
var client_code = '
import socket, sys, signal, time
signal.alarm(10)
c = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
c.sendall(b"01234")
assert c.recv(100) == b"timed out"
c.sendall(b"56789")
assert c.recv(100) == b"got 0123456789"
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])
var conn = server.accept()
conn.receive_timeout = 300
var t0 = microtime()
catch { conn.read(10) } as e
var waited = (microtime() - t0) / 1000
echo e.type                                  # expect: TimeoutError
echo waited >= 250 and waited < 3000         # expect: true
echo conn.is_connected and !conn.is_closed   # expect: true
conn.send('timed out')
conn.receive_timeout = 5000
var record = conn.read(10)
echo record                                  # expect: 0123456789
conn.send('got ' + record)
conn.close()
server.close()
echo os.wait(pid)                            # expect: 0
