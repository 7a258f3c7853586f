# examples/c_client.b (the article's C client) sends its lines to a python3 server that answers only once it reads end-of-file, which the client's shutdown(SHUT_WR) produces; an IPv6 or malformed address is refused as inet_pton(AF_INET) would.
import os
import ._peers

var server = _peers.python_server('
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
ready(s.getsockname()[1])
c, _ = s.accept()
c.settimeout(5)
data = b""
while True:
    chunk = c.recv(1000)
    if not chunk:
        break   # end-of-file: the client shut down its sending side
    data += chunk
lines = data.decode().splitlines()
c.sendall(("%d lines, %d bytes, last: %s\\n" % (len(lines), len(data), lines[-1])).encode())
c.close()
')
var r = _peers.run('c_client', ['127.0.0.1', server[1], 'one', 'two', 'three'])
echo r[0]                         # expect: 0
echo r[1].trim()                  # expect: Server answered: 3 lines, 14 bytes, last: three
echo os.wait(server[0])           # expect: 0

r = _peers.run('c_client', ['::1', 1234])
echo r[0]                         # expect: 1
echo r[1].trim()                  # expect: ::1 is not an IPv4 address
r = _peers.run('c_client', ['127.0.0.256', 1234])
echo r[1].trim()                  # expect: IPAddress(): '127.0.0.256' is not an IPv4 or IPv6 address
