# examples/python_server.b and examples/python_client.b (the article's Python 3 pair) talk over 127.0.0.1 and ::1: the client sends its input lines, the server logs and echoes them; python3 then talks to the server as the original client would.
import os
import ._peers

for host in ['127.0.0.1', '::1'] {
  var port = _peers.free_port(host)
  var out = _peers.tmp('python_server.out')
  var server = _peers.start('python_server', [port, host, 2], out)
  var input = _peers.write(_peers.tmp('input'), 'hello\n\nhow are you?\n')

  var r = [1, '']
  iter var i = 0; i < 250 and r[0] != 0; i++ {   # retried while the server starts
    r = _peers.run('python_client', [port, host], input)
    if r[0] != 0 os.sleep(0.02)
  }
  file(input).delete()
  echo r[1].trim()

  var python = _peers.python('
family = socket.AF_INET6 if ":" in sys.argv[2] else socket.AF_INET
s = connect((sys.argv[2], int(sys.argv[1])), family)
for msg in ["from python", "again"]:
    s.send(msg.encode())
    data = s.recv(1024)
    assert data == msg.encode(), data
s.close()
', [port, host])
  echo os.wait(python)
  echo os.wait(server)
  var log = _peers.take(out).trim().split('\n')
  echo log[0].starts_with("Connected to ('${host}', ")
  echo log[1, 3].join('\n')
  echo log[3].starts_with("Connected to ('${host}', ")
  echo log[4, 6].join('\n')
}
# expect: Message -> Received from server: hello
# expect: Message -> Message -> Received from server: how are you?
# expect: Message ->
# expect: 0
# expect: 0
# expect: true
# expect: Received from client: hello
# expect: Received from client: how are you?
# expect: true
# expect: Received from client: from python
# expect: Received from client: again
# expect: Message -> Received from server: hello
# expect: Message -> Message -> Received from server: how are you?
# expect: Message ->
# expect: 0
# expect: 0
# expect: true
# expect: Received from client: hello
# expect: Received from client: how are you?
# expect: true
# expect: Received from client: from python
# expect: Received from client: again
