# examples/datagram_receiver.b and examples/datagram_sender.b (the article's datagram flow: socket, bind, wait; socket, send to) exchange datagrams over UDP/IPv4, UDP/IPv6 and a UNIX datagram path; python3 and socat send too.
import os
import ._peers

for where in [['127.0.0.1', nil], ['::1', nil], [nil, _peers.tmp('dgram.sock')]] {
  var host = where[0] ? where[0] : '127.0.0.1'
  var place = where[1] ? where[1] : to_string(_peers.free_port(host))
  var out = _peers.tmp('receiver.out')
  var receiver = _peers.start('datagram_receiver', [place, host, 4], out)
  if where[1] {
    iter var i = 0; i < 250 and !file(place).exists(); i++ { os.sleep(0.02) }   # bound: datagrams queue from now on
  } else {
    _peers.wait_udp(to_number(place))   # a datagram sent before bind() would be lost
  }

  var r = _peers.run('datagram_sender', [place, host, 'first', 'second'])
  echo r[0]
  echo r[1].trim()
  var python = _peers.python('
if sys.argv[1].startswith("/"):
    u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    u.bind(sys.argv[1] + ".python")
    u.sendto(b"from python", sys.argv[1])
    os.unlink(sys.argv[1] + ".python")
else:
    u = socket.socket(socket.AF_INET6 if ":" in sys.argv[2] else socket.AF_INET, socket.SOCK_DGRAM)
    u.bind((sys.argv[2], 0))
    u.sendto(b"from python", (sys.argv[2], int(sys.argv[1])))
', [place, host])
  echo os.wait(python)
  var address = where[1] ? 'UNIX-SENDTO:${place}' : where[0] == '::1' ? 'UDP6-SENDTO:[::1]:${place}' : 'UDP4-SENDTO:127.0.0.1:${place}'
  echo _peers.sh('printf "from socat" | timeout 5 socat -t 0.05 - ${address}')
  echo os.wait(receiver)

  var log = _peers.take(out).trim().split('\n')
  echo log[0] == 'Waiting for datagrams on ' + (where[1] ? place : '${host} port ${place}')
  var from = where[1] ? 'an unbound socket' : '${host} port '
  echo log[1].starts_with('Datagram 1 from ${from}') and log[1].ends_with(': first')
  echo log[2].starts_with('Datagram 2 from ${from}') and log[2].ends_with(': second')
  echo log[3].ends_with(': from python')
  echo log[4].ends_with(': from socat')
  if where[1] {
    echo log[3] == 'Datagram 3 from ${place}.python: from python'
    echo file(place).exists()
  }
}
# expect: 0
# expect: Sent 5 bytes: first
# expect: Sent 6 bytes: second
# expect: 0
# expect: 0
# expect: 0
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: 0
# expect: Sent 5 bytes: first
# expect: Sent 6 bytes: second
# expect: 0
# expect: 0
# expect: 0
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: 0
# expect: Sent 5 bytes: first
# expect: Sent 6 bytes: second
# expect: 0
# expect: 0
# expect: 0
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: true
# expect: false
