# examples/tcp_client.b (Pike's TCP client recipe) sends its GET to a python3 HTTP/1.0 server and counts the whole reply (44 bytes of head, 1,000,000 of body); against a closed port it reports the refusal and exits 1.
import os
import ._peers

var server = _peers.python_server('
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
ready(s.getsockname()[1])
c, _ = s.accept()
c.settimeout(5)
request = b""
while not request.endswith(b"\\r\\n\\r\\n"):
    request += c.recv(1000)
c.sendall(b"HTTP/1.0 200 OK\\r\\nContent-Length: 1000000\\r\\n\\r\\n" + b"x" * 1000000)
c.close()
sys.exit(0 if request == b"GET / HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n\\r\\n" else 3)
')
var r = _peers.run('tcp_client', ['127.0.0.1', server[1]])
echo r[0]                         # expect: 0
echo r[1].trim()                  # expect: Received 1000044 bytes
echo os.wait(server[0])           # expect: 0

var port = _peers.free_port()
r = _peers.run('tcp_client', ['127.0.0.1', port])
echo r[0]                         # expect: 1
echo r[1].trim() == "Couldn't connect to 127.0.0.1:${port}: Socket.connect(): connect to 127.0.0.1:${port}: Connection refused"  # expect: true
