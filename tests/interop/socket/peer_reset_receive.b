# A python3 peer that aborts its connection (SO_LINGER on with 0 s, then close: an RST) makes receive() raise ConnectionReset.
import socket { * }
import os

var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

# The client: 1) resets a connection right away; 2) resets while Sabre waits in receive();
# 3) sends data, then resets: the data already received must still be delivered first.
var client_code = '
import socket, struct, sys, signal, time
signal.alarm(10)
def abort(c):
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.close()
def connect():
    return socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
c = connect()
assert c.recv(100) == b"hello"
abort(c)
c = connect()
assert c.recv(100) == b"waiting"
time.sleep(0.2)
abort(c)
c = connect()
c.sendall(b"last words")
time.sleep(0.05)
abort(c)
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port)])

def outcome(conn) {
  try {
    return 'received "${conn.receive()}"'
  } catch ConnectionReset e {
    return 'ConnectionReset errno=${e.errno} closed=${conn.is_closed}'
  }
}

# 1) the reset arrives before receive() is called
var conn = server.accept()
conn.receive_timeout = 5000
conn.send('hello')
os.sleep(0.2)
echo outcome(conn)          # expect: ConnectionReset errno=104 closed=false
conn.close()

# 2) receive() is already waiting when the reset arrives
conn = server.accept()
conn.receive_timeout = 5000
conn.send('waiting')
echo outcome(conn)          # expect: ConnectionReset errno=104 closed=false
conn.close()

# 3) data that arrived before the reset is returned; the reset comes after it
conn = server.accept()
conn.receive_timeout = 5000
os.sleep(0.3)               # both the data and the reset have arrived
echo outcome(conn)          # expect: received "last words"
echo outcome(conn)          # expect: ConnectionReset errno=104 closed=false
conn.close()
server.close()
echo os.wait(pid)           # expect: 0
