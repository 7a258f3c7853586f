# A python3 client opens 50 TCP connections and writes on one at a time; Sabre's select() finds exactly that connection.
import socket { * }
import os

var N = 50
var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal
signal.alarm(10)
port = int(sys.argv[1])
conns = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(int(sys.argv[2]))]
assert conns[0].recv(100) == b"go"     # Sabre has accepted every connection and seen them all quiet
for k in map(int, sys.argv[3:]):
    c = conns[k]
    c.sendall(b"%d %d" % (k, c.getsockname()[1]))
    assert c.recv(100) == b"ack %d" % k
c = conns[0]
c.sendall(b"stop 0")
assert c.recv(100) == b""
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port), to_string(N), '17', '0', '49', '3', '17'])

var conns = []
iter var i = 0; i < N; i++ {
  var c = server.accept()
  c.receive_timeout = 5000
  conns.append(c)
}
echo select(conns, nil, nil, 0)[0].length()        # expect: 0
conns[0].send('go')
while true {
  var ready = select(conns, nil, nil, 5000)[0]
  if ready.length() != 1 { echo 'ready: ${ready.length()}'; break }
  var words = ready[0].receive().split(' ')
  if words[0] == 'stop' break
  # the message names the port of the python socket it was written on: it must be this connection's peer
  echo '${words[0]} ${to_number(words[1]) == ready[0].peer_address().port}'
  ready[0].send('ack ${words[0]}')
}
# expect: 17 true
# expect: 0 true
# expect: 49 true
# expect: 3 true
# expect: 17 true
for c in conns { c.close() }
server.close()
echo os.wait(pid)                                  # expect: 0
