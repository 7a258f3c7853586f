# examples/udp_server.b (Pike's UDP server recipe) echoes datagrams from examples/udp_client.b (Pike's UDP client recipe) and from python3, over IPv4 and IPv6, and exits on its datagram limit.
import os
import ._peers

for host in ['127.0.0.1', '::1'] {
  var port = _peers.free_port(host)
  # The output with the server's port as PORT and any other port as N.
  def plain(text) {
    return text.trim().replace(':${port}', ':PORT').replace(' ${port}', ' PORT').replace('/:[0-9]+$/m', ':N')
  }
  var out = _peers.tmp('udp_server.out')
  var server = _peers.start('udp_server', [port, host, 3], out)
  echo _peers.wait_udp(port)

  var r = _peers.run('udp_client', [host, port])
  echo r[0]
  echo plain(r[1])
  r = _peers.run('udp_client', [host, port, 'second one'])
  echo plain(r[1])
  var python = _peers.python('
family = socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET
u = socket.socket(family, socket.SOCK_DGRAM)
u.settimeout(5)
u.sendto(b"from python", (sys.argv[1], int(sys.argv[2])))
data, address = u.recvfrom(100)
assert data == b"Echo: from python", data
', [host, port])
  echo os.wait(python)
  echo os.wait(server)
  echo plain(_peers.take(out))
}
# expect: true
# expect: 0
# expect: Sent 'Hello, UDP!' to 127.0.0.1:PORT
# expect: Received 'Echo: Hello, UDP!' from 127.0.0.1:PORT
# expect: Sent 'second one' to 127.0.0.1:PORT
# expect: Received 'Echo: second one' from 127.0.0.1:PORT
# expect: 0
# expect: 0
# expect: UDP server listening on port PORT
# expect: Broadcast enabled: true
# expect: Received 'Hello, UDP!' from 127.0.0.1:N
# expect: Received 'second one' from 127.0.0.1:N
# expect: Received 'from python' from 127.0.0.1:N
# expect: true
# expect: 0
# expect: Sent 'Hello, UDP!' to [::1]:PORT
# expect: Received 'Echo: Hello, UDP!' from [::1]:PORT
# expect: Sent 'second one' to [::1]:PORT
# expect: Received 'Echo: second one' from [::1]:PORT
# expect: 0
# expect: 0
# expect: UDP server listening on port PORT
# expect: Broadcast enabled: true
# expect: Received 'Hello, UDP!' from [::1]:N
# expect: Received 'second one' from [::1]:N
# expect: Received 'from python' from [::1]:N
