# A datagram socket answering several peers in turn sees each sender's own
# host and port, and each send_to reaches the destination it names, however
# the peers alternate: the socket remembers the last sender and destination
# only to skip converting the same address again.
import socket { * }

def answer_in_turn(family, host, spellings) {
  var server = Socket(family, SOCK_DGRAM)
  server.bind(0, host)
  server.receive_timeout = 2000
  var peers = []
  for i in 0..3 {
    var peer = Socket(family, SOCK_DGRAM)
    peer.bind(0, host)
    peer.receive_timeout = 2000
    peers.append(peer)
  }
  var seen = []
  var step = 0
  for k in [0, 0, 1, 2, 1, 1, 0, 2, 2, 0] {
    peers[k].send_to('from ${k}', spellings[step % spellings.length()], server.port)
    var got = server.receive_from()
    seen.append('${got[0]} ${got[1] == host} ${got[2] == peers[k].port}')
    server.send_to('to ${k}', spellings[step % spellings.length()], got[2])
    seen.append(peers[k].receive(100))
    step = step + 1
  }
  server.close()
  for peer in peers peer.close()
  return seen
}

var v4 = answer_in_turn(AF_INET, '127.0.0.1', ['127.0.0.1'])
echo v4.length()   # expect: 20
echo v4[0]         # expect: from 0 true true
echo v4[1]         # expect: to 0
echo v4[4]         # expect: from 1 true true
echo v4[5]         # expect: to 1
echo ','.join(v4[6, 20])  # expect: from 2 true true,to 2,from 1 true true,to 1,from 1 true true,to 1,from 0 true true,to 0,from 2 true true,to 2,from 2 true true,to 2,from 0 true true,to 0

# The same IPv6 address written three ways reaches the same peer.
var v6 = answer_in_turn(AF_INET6, '::1', ['::1', '[::1]', '0:0:0:0:0:0:0:1'])
echo ','.join(v6)  # expect: from 0 true true,to 0,from 0 true true,to 0,from 1 true true,to 1,from 2 true true,to 2,from 1 true true,to 1,from 1 true true,to 1,from 0 true true,to 0,from 2 true true,to 2,from 2 true true,to 2,from 0 true true,to 0
