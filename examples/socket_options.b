# Socket options (Pike's "Socket options and configuration" recipe): sets each option, reads it back, and uses the sockets. Run: build/sabre examples/socket_options.b [PORT]
import socket { * }
import os

var port_number = os.args.length() > 1 ? to_number(os.args[1]) : 8080

# A server socket: SO_REUSEADDR allows a quick restart (bind() sets it on TCP
# sockets anyway).
var port = Socket()
port.set_option(SO_REUSEADDR, true)
echo 'SO_REUSEADDR: ${port.get_option(SO_REUSEADDR)}'

# Bind to a specific interface only, and listen.
port.bind(port_number, '127.0.0.1')
port.listen()
echo 'Listening on ${port.host}:${port.port}: ${port.get_option(SO_ACCEPTCONN)}'

# A client socket: SO_KEEPALIVE probes an idle connection, here after 60 s
# of silence, every 10 s, 5 times before giving up.
var sock = Socket()
sock.set_option(SO_KEEPALIVE, true)
sock.set_option(IPPROTO_TCP, TCP_KEEPIDLE, 60)
sock.set_option(IPPROTO_TCP, TCP_KEEPINTVL, 10)
sock.set_option(IPPROTO_TCP, TCP_KEEPCNT, 5)
echo 'SO_KEEPALIVE: ${sock.get_option(SO_KEEPALIVE)}, after ${sock.get_option(IPPROTO_TCP, TCP_KEEPIDLE)} s, ' +
     'every ${sock.get_option(IPPROTO_TCP, TCP_KEEPINTVL)} s, ${sock.get_option(IPPROTO_TCP, TCP_KEEPCNT)} probes'

# TCP_NODELAY disables Nagle's algorithm: small writes leave at once (for real-time apps).
sock.set_option(IPPROTO_TCP, TCP_NODELAY, true)
echo 'TCP_NODELAY: ${sock.get_option(IPPROTO_TCP, TCP_NODELAY)}'

# Buffer sizes; Linux doubles the value asked for, to make room for its bookkeeping.
sock.set_option(SO_RCVBUF, 65536)
sock.set_option(SO_SNDBUF, 65536)
echo 'Buffers of at least 64 KiB: ${sock.get_option(SO_RCVBUF) >= 65536 and sock.get_option(SO_SNDBUF) >= 65536}'

# Timeouts, in milliseconds: the same values as SO_RCVTIMEO and SO_SNDTIMEO.
sock.receive_timeout = 2500
sock.send_timeout = 2500
echo 'Timeouts: ${sock.get_option(SO_RCVTIMEO)} ms, ${sock.get_option(SO_SNDTIMEO)} ms'

# Use them: connect, accept, and make the accepted socket non-blocking, so a
# receive with nothing to read raises at once instead of waiting.
sock.connect('127.0.0.1', port.port)
var conn = port.accept()
conn.set_blocking(false)
echo 'Non-blocking: ${!conn.is_blocking}'
try {
  conn.receive()
} catch SocketException e {
  echo 'Nothing to read yet: errno ${e.errno}'
}
sock.send('ping')
conn.set_blocking(true)
conn.receive_timeout = 2500
echo 'Received: ${conn.receive()}'

# A UDP socket: broadcast and multicast.
var udp = Socket(AF_INET, SOCK_DGRAM)
udp.set_option(SO_BROADCAST, true)
udp.set_option(IPPROTO_IP, IP_MULTICAST_LOOP, true)
udp.set_option(IPPROTO_IP, IP_MULTICAST_TTL, 1)   # keep multicast on the local network
echo 'SO_BROADCAST: ${udp.get_option(SO_BROADCAST)}, IP_MULTICAST_LOOP: ${udp.get_option(IPPROTO_IP, IP_MULTICAST_LOOP)}, ' +
     'IP_MULTICAST_TTL: ${udp.get_option(IPPROTO_IP, IP_MULTICAST_TTL)}'

# Options a system lacks exist as -1 and are refused with a SocketException.
if SO_USELOOPBACK == -1 {
  catch { udp.set_option(SO_USELOOPBACK, true) } as e
  echo 'SO_USELOOPBACK: ${e.message}'
}

for s in [udp, conn, sock, port] s.close()
