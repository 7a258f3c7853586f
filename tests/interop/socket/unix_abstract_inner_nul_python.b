# A python3 peer and Sabre agree on abstract UNIX names that hold NUL bytes: Sabre connects
# to the name python3 bound, and each side sees the other's whole name (python3's
# getpeername() bytes, Sabre's peer_address() and host), not the part before the inner NUL.
import socket { * }
import os

var pid = os.getpid()
var server_name = '@sabre\0py_server\0${pid}'
var client_name = '@sabre\0py_client\0${pid}'
var peer_code = '
import os, signal, socket, sys
signal.alarm(10)
pid, ready = sys.argv[1:3]
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind(b"\\0sabre\\0py_server\\0" + pid.encode())
s.listen()
with open(ready + ".tmp", "w") as f:
    f.write("listening")
os.rename(ready + ".tmp", ready)
s.settimeout(5)
conn, peer = s.accept()
conn.settimeout(5)
expected = b"\\0sabre\\0py_client\\0" + pid.encode()
conn.sendall(b"peer ok" if peer == expected else b"peer " + repr(peer).encode())
assert conn.recv(100) == b"done"
conn.close()
s.close()
'
var ready = '/tmp/sabre_abstract_nul_${pid}'
var python = os.fork()
if python == 0 os.exec(['python3', '-c', peer_code, to_string(pid), ready])
iter var i = 0; i < 500 and !file(ready).exists(); i++ { os.sleep(0.02) }   # at most 10 s
file(ready).delete()

var client = Socket(AF_UNIX)
client.bind(client_name)
client.receive_timeout = 5000
echo client.connect(server_name, nil, 5000)         # expect: true
echo client.peer_address().path == server_name      # expect: true
echo client.host == server_name                     # expect: true
echo client.receive()                               # expect: peer ok
client.send('done')
echo client.receive()                               # expect: 
client.close()
echo os.wait(python)                                # expect: 0
