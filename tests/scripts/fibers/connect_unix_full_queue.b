# In a fiber, connect(path, nil, timeout) to a UNIX listener whose queue
# is full waits for a place (other fibers running meanwhile) until its
# timeout, then raises TimeoutError; when the server accepts in time, the
# waiting connect gets the place and succeeds.
import socket { * }
import os
var path = '/tmp/sabre_fiber_connect_full_${os.getpid()}.sock'
var server = Socket(AF_UNIX)
server.bind(path)
server.listen(0)
var ticks = 0, running = true
var ticker = spawn(@{ while running { sleep(2); ticks++ } })

# Fill the queue: connects that succeed at once until one has to wait.
var queued = []
var failure, start, before
while failure == nil and queued.length() < 16 {
  var client = Socket(AF_UNIX)
  queued.append(client)
  before = ticks
  start = microtime()
  catch { client.connect(path, nil, 300) } as e
  failure = e
}
var elapsed = (microtime() - start) / 1000
echo failure.type                                  # expect: TimeoutError
echo failure.operation                             # expect: connect
echo elapsed >= 290 and elapsed < 2000             # expect: true
echo ticks - before > 3                            # expect: true

# The server accepts 100 ms into the wait: the waiting connect succeeds.
var acceptor = spawn(@{
  sleep(100)
  return server.accept()
})
var late = Socket(AF_UNIX)
start = microtime()
echo late.connect(path, nil, 3000)                 # expect: true
elapsed = (microtime() - start) / 1000
echo elapsed >= 90 and elapsed < 2500              # expect: true
var accepted = acceptor.join()
running = false
ticker.join()
for client in queued client.close()
late.close()
accepted.close()
server.close()
file(path).delete()
