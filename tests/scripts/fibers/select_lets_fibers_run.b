# select() in a fiber parks instead of blocking the process: a writer
# fiber sends while the main fiber waits in select, the timeout still
# holds when nothing comes, and the ticker keeps ticking meanwhile.
import socket { socket_pair, select }

var a = socket_pair(), b = socket_pair()
var ticks = 0, running = true
var ticker = spawn(@{ while running { sleep(2); ticks++ } })
var writer = spawn(@{
  sleep(200)
  b[0].send('late')
})
var start = microtime()
var ready = select([a[1], b[1]], nil, nil, 5000)
echo ready[0].length()                       # expect: 1
echo ready[0][0] == b[1]                     # expect: true
echo b[1].receive()                          # expect: late
echo ticks > 3                               # expect: true
writer.join()

# Nothing comes: the timeout ends the wait, other fibers run meanwhile.
var before = ticks
start = microtime()
ready = select([a[1], b[1]], nil, nil, 100)
var took = (microtime() - start) / 1000
echo ready[0].length()                       # expect: 0
echo took >= 90 and took < 2000              # expect: true
echo ticks - before > 3                      # expect: true

# The same socket as reader and writer.
echo select([a[0]], [a[0]], nil, 1000)[1].length()   # expect: 1
running = false
ticker.join()
for p in [a, b] {
  p[0].close()
  p[1].close()
}
