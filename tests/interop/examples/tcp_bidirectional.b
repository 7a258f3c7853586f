# examples/tcp_bidirectional.b (Pike's "Send and receive data" recipe) against a python3 server: the first answer is read as it arrives, the next ones line by line although the server cuts them across packets, until it closes.
import os
import ._peers

var server = _peers.python_server('
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
ready(s.getsockname()[1])
c, _ = s.accept()
c.settimeout(5)
f = c.makefile("rb")
assert f.readline() == b"What is your name?\\n"
c.sendall(b"Sir Lancelot of Camelot\\n")
assert f.readline() == b"What is your quest?\\n"
for piece in [b"To seek", b" the Holy Grail\\nAnd then", b" some\\n", b"no newline at the end"]:
    c.sendall(piece)
    time.sleep(0.05)
c.close()
')
var r = _peers.run('tcp_bidirectional', ['127.0.0.1', server[1]])
echo r[0]                 # expect: 0
echo r[1].trim()
# expect: Response: Sir Lancelot of Camelot
# expect: Line: To seek the Holy Grail
# expect: Line: And then some
# expect: Line: no newline at the end
echo os.wait(server[0])   # expect: 0
