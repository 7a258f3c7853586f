# examples/fork_echo_server.b (the article's Haskell server, a child process per connection) logs the lines of three examples/line_client.b runs (the article's Haskell client) and of a python3 client that sends while another stays connected; it reaps every child and exits on its limit.
import os
import ._peers

var port = _peers.free_port()
var out = _peers.tmp('fork.out')
var server = _peers.start('fork_echo_server', [port, '127.0.0.1', 4], out)

# A python3 client connects first and stays connected until the last one is done.
var done = _peers.tmp('done')
var python = _peers.python('
c = connect(("127.0.0.1", int(sys.argv[1])))
c.sendall(b"python waits\\n")
while not os.path.exists(sys.argv[2]):
    time.sleep(0.01)
c.sendall(b"python done\\npartial line")
c.close()
', [port, done])

var input = _peers.write(_peers.tmp('lines'), 'first line\nsecond "quoted" line\n')
iter var k = 0; k < 3; k++ {
  var r = [1, '']
  iter var i = 0; i < 250 and r[0] != 0; i++ {   # retried while the server starts
    r = _peers.run('line_client', [port, '127.0.0.1'], input)
    if r[0] != 0 os.sleep(0.02)
  }
  echo r[0]
  echo r[1] == ''
}
# expect: 0
# expect: true
# expect: 0
# expect: true
# expect: 0
# expect: true
_peers.write(done, '')
echo os.wait(python)                      # expect: 0
echo os.wait(server)                      # expect: 0
file(input).delete()
file(done).delete()

var log = _peers.take(out).trim().split('\n')
echo log[0] == 'Listening on 127.0.0.1 port ${port}'   # expect: true
# Each connection's lines, in order, by the client's address.
var by_client = {}
for line in log[1, log.length()] {
  var who = line.split(': ')[0]
  if !by_client.contains(who) by_client[who] = []
  by_client[who].append(line[who.length() + 2, line.length()])
}
var stories = by_client.values().map(@(lines) { return lines.join(' | ') })
stories.sort()
echo stories.join('\n')
# expect: Open | Msg "first line" | Msg "second \"quoted\" line" | Close
# expect: Open | Msg "first line" | Msg "second \"quoted\" line" | Close
# expect: Open | Msg "first line" | Msg "second \"quoted\" line" | Close
# expect: Open | Msg "python waits" | Msg "python done" | Msg "partial line" | Close
echo by_client.keys().filter(@(who) { return who.match('^\\(127\\.0\\.0\\.1:[0-9]+\\)$') != nil }).length()   # expect: 4
