# examples/stream_server_steps.b and examples/stream_client_steps.b (socket, bind, listen, accept; socket, connect) talk over TCP/IPv4, TCP/IPv6 and a UNIX path; python3 and socat are the server's other clients.
import os
import ._peers

for where in [['127.0.0.1', nil], ['::1', nil], [nil, _peers.tmp('steps.sock')]] {
  var host = where[0] ? where[0] : '127.0.0.1'
  var place = where[1] ? where[1] : to_string(_peers.free_port(host))
  var out = _peers.tmp('steps.out')
  var server = _peers.start('stream_server_steps', [place, host, 3], out)

  # The example client retries while the server starts.
  var r = [1, '']
  iter var i = 0; i < 250 and r[0] != 0; i++ {
    r = _peers.run('stream_client_steps', [place, host])
    if r[0] != 0 os.sleep(0.02)
  }
  echo r[1].trim()

  var python = _peers.python('
if sys.argv[1].startswith("/"):
    c = connect(sys.argv[1], socket.AF_UNIX)
else:
    c = connect((sys.argv[2], int(sys.argv[1])), socket.AF_INET6 if ":" in sys.argv[2] else socket.AF_INET)
c.sendall(b"x" * 100000)
c.shutdown(socket.SHUT_WR)
assert c.makefile("rb").read() == b"Got 100000 bytes"
', [place, host])
  echo os.wait(python)

  var address = where[1] ? 'UNIX-CONNECT:${place}' : where[0] == '::1' ? 'TCP6:[::1]:${place}' : 'TCP4:127.0.0.1:${place}'
  var reply = _peers.tmp('socat.out')
  echo _peers.sh('printf "from socat" | timeout 5 socat - ${address} >${reply}')
  echo _peers.take(reply)

  echo os.wait(server)
  var log = _peers.take(out).trim().split('\n')
  echo log[0] == 'Listening on ' + (where[1] ? place : '${host} port ${place}')
  echo log[1]
  echo log[2].starts_with('Client 2 sent 100000 bytes: xxxx')
  echo log[3]
  if where[1] echo file(place).exists()
}
# expect: Server replied: Got 14 bytes
# expect: 0
# expect: 0
# expect: Got 10 bytes
# expect: 0
# expect: true
# expect: Client 1 sent 14 bytes: Hello, server!
# expect: true
# expect: Client 3 sent 10 bytes: from socat
# expect: Server replied: Got 14 bytes
# expect: 0
# expect: 0
# expect: Got 10 bytes
# expect: 0
# expect: true
# expect: Client 1 sent 14 bytes: Hello, server!
# expect: true
# expect: Client 3 sent 10 bytes: from socat
# expect: Server replied: Got 14 bytes
# expect: 0
# expect: 0
# expect: Got 10 bytes
# expect: 0
# expect: true
# expect: Client 1 sent 14 bytes: Hello, server!
# expect: true
# expect: Client 3 sent 10 bytes: from socat
# expect: false
