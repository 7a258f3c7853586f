# examples/peer_address.b and examples/local_address.b (Pike's "remote socket address" and "local address" recipes) connect to python3 servers on 127.0.0.1 and ::1: the peer address is the server's, the local address is the one the server saw, and the host name and addresses agree with python3's.
import os
import socket { IPAddress }
import ._peers

# A python3 server that accepts two clients and writes the address of each,
# as ADDRESS PORT lines, to the file named by its second argument.
var server_code = '
family = socket.AF_INET6 if ":" in sys.argv[3] else socket.AF_INET
s = socket.socket(family)
s.bind((sys.argv[3], 0))
s.listen(2)
ready(s.getsockname()[1])
with open(sys.argv[2], "w") as seen:
    for _ in range(2):
        c, address = s.accept()
        seen.write("%s %d\\n" % address[:2])
        seen.flush()
        c.close()
'
for host in ['127.0.0.1', '::1'] {
  var seen = _peers.tmp('seen')
  var server = _peers.python_server(server_code, [seen, host])
  var port = server[1]
  var shown = host == '::1' ? '[::1]' : host

  var r = _peers.run('peer_address', [host, port])
  echo r[0]
  echo r[1].trim() == 'Connected to: ${shown}:${port}'

  r = _peers.run('local_address', [host, port])
  echo r[0]
  var lines = r[1].trim().split('\n')
  echo os.wait(server[0])
  var client = _peers.take(seen).trim().split('\n')[1].split(' ')
  echo lines[0] == 'Local address: ${host == "::1" ? "[::1]" : client[0]}:${client[1]}'
}
# expect: 0
# expect: true
# expect: 0
# expect: 0
# expect: true
# expect: 0
# expect: true
# expect: 0
# expect: 0
# expect: true

# The host name and its IPv4 addresses, as python3 finds them.
var r = _peers.run('local_address', ['127.0.0.1', _peers.free_port()])
var lines = r[1].trim().split('\n')
echo lines[0].starts_with('Connection failed: ')          # expect: true
var expected = _peers.tmp('names')
var python = _peers.python('
name = socket.gethostname()
ips = sorted({a[4][0] for a in socket.getaddrinfo(name, None, socket.AF_INET)})
with open(sys.argv[1], "w") as f:
    f.write("Hostname: %s\\n" % name + "".join("Local IP: %s\\n" % ip for ip in ips))
', [expected])
echo os.wait(python)                                       # expect: 0
var ips = lines[2, lines.length()]
ips.sort()
echo ([lines[1]] + ips).join('\n') == _peers.take(expected).trim()   # expect: true
echo ips.length() > 0 and ips.filter(@(ip) { return IPAddress(ip.replace('Local IP: ', '')).version == 4 }).length() == ips.length()  # expect: true
