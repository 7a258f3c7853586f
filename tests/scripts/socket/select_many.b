# select() over 300 socket pairs (600 descriptors, beyond what FD_SETSIZE
# would allow at high numbers): exactly the sockets written to are readable.
import socket { * }
import os
if os.get_limit(os.RLIMIT_NOFILE) != -1 and os.get_limit(os.RLIMIT_NOFILE) < 1400 {
  os.set_limit(os.RLIMIT_NOFILE, 1400)
}
var writers = [], readers = []
iter var i = 0; i < 300; i++ {
  var p = socket_pair()
  writers.append(p[0])
  readers.append(p[1])
}
echo readers[299].id > 600      # expect: true
var chosen = [3, 150, 299]
for i in chosen writers[i].send('x${i}')
var r = select(readers, nil, nil, 1000)
echo r[0].length()              # expect: 3
var ids = []
for s in r[0] ids.append(readers.index_of(s))
echo ids                        # expect: [3, 150, 299]
readers[299].receive_timeout = 1000
echo readers[299].receive()     # expect: x299
echo select(readers, nil, nil, 0)[0].length()   # expect: 2
for s in writers s.close()
for s in readers s.close()
