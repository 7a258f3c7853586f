# examples/async_http_future.b (Pike's Concurrent.Future recipe) gets a python3 server's response through a Future and reports its size from the success callback; against a closed port the failure callback reports the refusal and the script exits 1.
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
assert request == b"GET / HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n\\r\\n", request
c.sendall(b"HTTP/1.0 200 OK\\r\\n\\r\\n")
time.sleep(0.1)
c.sendall(b"a body sent in a second packet\\n")
c.close()
')
var r = _peers.run('async_http_future', ['127.0.0.1', server[1]])
echo r[0]                           # expect: 0
echo r[1].trim()                    # expect: Got response of 50 bytes
echo os.wait(server[0])             # expect: 0

var port = _peers.free_port()
r = _peers.run('async_http_future', ['127.0.0.1', port])
echo r[0]                           # expect: 1
echo r[1].trim().starts_with('Request failed: socket.create_connection(): connect to 127.0.0.1:${port}: every attempt failed (1 attempt: 127.0.0.1:${port} Connection refused after ')   # expect: true
