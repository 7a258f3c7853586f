# select() over 2,000 socket_pair() descriptors (most numbered above 1024) reports exactly the few that have data.
import socket { * }
import os

# Raise the descriptor limit to 4200, or as far as the hard limit allows.
var wanted = 4200
if os.get_limit(os.RLIMIT_NOFILE) != -1 and os.get_limit(os.RLIMIT_NOFILE) < wanted {
  for n in [4200, 4096, 3072, 2560, 2200] {
    catch { os.set_limit(os.RLIMIT_NOFILE, n) } as e
    if e == nil break
  }
}
var limit = os.get_limit(os.RLIMIT_NOFILE)
var PAIRS = limit == -1 ? 1000 : min(1000, (limit - 64) // 2)

var pairs = [], all = []
iter var i = 0; i < PAIRS; i++ {
  var p = socket_pair()
  pairs.append(p)
  all.append(p[0])
  all.append(p[1])
}
var top = 0
for s in all { top = max(top, s.id) }
# (with a hard limit below ~1100 the descriptors cannot pass 1024; the rest still runs)
echo top > 1024 or limit < 1100                          # expect: true

# Nothing is readable yet; everything is writable.
var r = select(all, nil, nil, 0)
echo r[0].length()                                       # expect: 0
echo select([], all, nil, 0)[1].length() == all.length() # expect: true

# Write into a chosen few; select must report exactly their peers.
var chosen = [0, 1, 7, PAIRS // 2, PAIRS - 2, PAIRS - 1]
for k in chosen { pairs[k][1].send('ping ${k}') }
r = select(all, nil, nil, 1000)
var got = []
for s in r[0] { got.append(s.id) }
var expected = []
for k in chosen { expected.append(pairs[k][0].id) }
echo got.length()                                        # expect: 6
got.sort()
expected.sort()
echo got == expected                                     # expect: true
var texts = []
for s in r[0] { texts.append(s.receive()) }
var wanted_texts = chosen.map(@(k) { return 'ping ${k}' })
texts.sort()
wanted_texts.sort()
echo texts == wanted_texts                               # expect: true
echo texts.length()                                      # expect: 6

# Once read, they are quiet again; a closed peer makes its end readable (end of stream).
echo select(all, nil, nil, 0)[0].length()                # expect: 0
pairs[PAIRS // 3][1].close()
all.remove(pairs[PAIRS // 3][1])              # select() refuses closed sockets
r = select(all, nil, nil, 1000)
echo r[0].length() == 1 and r[0][0].id == pairs[PAIRS // 3][0].id   # expect: true
echo r[0][0].receive()                                   # expect: 
for s in all { s.close() }
