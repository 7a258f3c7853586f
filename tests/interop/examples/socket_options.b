# examples/socket_options.b (Pike's socket options recipe) sets every option it shows, reads each back and uses the sockets on a port given to it.
import ._peers

var port = _peers.free_port()
var r = _peers.run('socket_options', [port])
echo r[0]                              # expect: 0
var lines = r[1].trim().split('\n')
echo lines[1] == 'Listening on 127.0.0.1:${port}: true'   # expect: true
lines.remove_at(1)
echo lines.join('\n')
# expect: SO_REUSEADDR: true
# expect: SO_KEEPALIVE: true, after 60 s, every 10 s, 5 probes
# expect: TCP_NODELAY: true
# expect: Buffers of at least 64 KiB: true
# expect: Timeouts: 2500 ms, 2500 ms
# expect: Non-blocking: true
# expect: Nothing to read yet: errno 11
# expect: Received: ping
# expect: SO_BROADCAST: true, IP_MULTICAST_LOOP: true, IP_MULTICAST_TTL: 1
# expect: SO_USELOOPBACK: Socket.set_option(): the option is -1, the value of a constant this system does not support
