# examples/tcp_ping.b (Inko's TCP listener and stream) prints the "ping" its stream sent to its own listener, on a port given to it.
import ._peers

var r = _peers.run('tcp_ping', [_peers.free_port()])
echo r[0]             # expect: 0
echo r[1].trim()      # expect: ping
