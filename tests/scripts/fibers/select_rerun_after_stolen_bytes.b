# A select() woken for bytes another fiber then takes goes back to waiting
# (on the same epoll set) and wakes for the next bytes: no wake-up is lost.
import socket { socket_pair, select }
var p = socket_pair()
var got = []
var writer = spawn(@{
  sleep(10)
  var reader = spawn(@{ got.append(p[1].receive(1)) })
  sleep(10)
  p[0].send('x')
  sleep(50)
  p[0].send('y')
  reader.join()
})
var start = microtime()
var r = select([p[1]], nil, nil, 3000)
echo [r[0].length(), got, (microtime() - start) / 1000 > 40]   # expect: [1, ['x'], true]
echo p[1].receive(1)   # expect: y
writer.join()
for s in p s.close()
