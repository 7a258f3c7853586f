# A single-threaded Sabre server multiplexes 20 concurrent python3 clients with select() over the listener and every connection.
import socket { * }
import os

var CLIENTS = 20, ROUNDS = 5
var server = create_server(0, '127.0.0.1')
server.receive_timeout = 5000

var client_code = '
import socket, sys, signal, threading
signal.alarm(10)
port, clients, rounds = map(int, sys.argv[1:4])
failures = []
def client(k):
    try:
        c = socket.create_connection(("127.0.0.1", port), timeout=5)
        f = c.makefile("rb")
        for r in range(rounds):
            c.sendall(b"%d.%d\\n" % (k, r))
            got = f.readline()
            if got != b"ok %d.%d\\n" % (k, r):
                failures.append((k, r, got))
        c.close()
    except Exception as e:
        failures.append((k, repr(e)))
threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
sys.exit(1 if failures else 0)
'
var pid = os.fork()
if pid == 0 os.exec(['python3', '-c', client_code, to_string(server.port), to_string(CLIENTS), to_string(ROUNDS)])

var conns = [], pending = {}, accepted = 0, lines = 0, finished = 0, idle = 0
while finished < CLIENTS and idle < 10 {
  var ready = select([server] + conns, nil, nil, 500)[0]
  if ready.length() == 0 { idle++; continue }
  for s in ready {
    if s.id == server.id {
      var c = server.accept()
      c.receive_timeout = 5000
      conns.append(c)
      pending[c.id] = ''
      accepted++
      continue
    }
    var data = s.receive()
    if data == '' {
      finished++
      conns.remove(s)
      s.close()
      continue
    }
    pending[s.id] += data
    while pending[s.id].index_of('\n') >= 0 {
      var text = pending[s.id], at = text.index_of('\n')
      s.send('ok ' + text[0, at] + '\n')
      pending[s.id] = text[at + 1, text.length()]
      lines++
    }
  }
}
echo accepted                   # expect: 20
echo lines                      # expect: 100
echo finished                   # expect: 20
server.close()
echo os.wait(pid)               # expect: 0
