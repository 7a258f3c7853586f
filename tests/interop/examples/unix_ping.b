# examples/unix_ping.b (Inko's UNIX listener and stream) prints the "ping" its stream sent to its own listener, and removes the socket file so it can run again at once.
import ._peers

var path = _peers.tmp('ping.sock')
iter var i = 0; i < 2; i++ {
  var r = _peers.run('unix_ping', [path])
  echo r[0]
  echo r[1].trim()
  echo file(path).exists()
}
# expect: 0
# expect: ping
# expect: false
# expect: 0
# expect: ping
# expect: false
