# Timeouts inside fibers (receive_timeout, connect and accept with a timeout, sleep) each fire in their own fiber, in deadline order and not early, while a ticker fiber and a TCP ping-pong between two other fibers keep making progress.
import socket { * }

var start = microtime()
def elapsed() { return (microtime() - start) / 1000 }

var events = []     # in the order the waits ended
# Notes the end of a wait that began at started (microtime()) and should
# have lasted wanted ms (2 ms of slack: deadlines are whole milliseconds).
def record(label, wanted, started, e) {
  var ms = (microtime() - started) / 1000
  if ms < wanted - 2 echo '${label} ended early: ${ms} ms < ${wanted} ms'
  events.append(label + (e == nil ? '' : ' ' + e.type))
}

# Silent peers: a listener whose connections never send, one whose accept
# queue is full (backlog 0 holds one connection; later SYNs are dropped,
# so a connect waits), and one nobody connects to.
var silent = create_server(0, '127.0.0.1')
var full = Socket()
full.bind(0, '127.0.0.1')
full.listen(0)
var filler = Socket()
filler.connect('127.0.0.1', full.port, 2000)
var lonely = create_server(0, '127.0.0.1')

def receive_with_timeout(ms) {
  var s = create_connection('127.0.0.1', silent.port, 2000)
  s.receive_timeout = ms
  var started = microtime()
  catch { s.receive() } as e
  record('receive ${ms}', ms, started, e)
  s.close()
}

var ticks = 0, ticking = true
var ticker = spawn(@{ while ticking { sleep(5); ticks++ } })

# A ping-pong over TCP that goes on until the waits are over.
var pongs = 0
var pong_server = create_server(0, '127.0.0.1')
var ponger = spawn(@{
  var c = pong_server.accept()
  while true {
    var m = c.receive()
    if m == '' break
    c.send('pong ' + m)
  }
  c.close()
})
var pinger = spawn(@{
  var c = create_connection('127.0.0.1', pong_server.port, 2000)
  c.receive_timeout = 2000
  var i = 0
  while ticking {
    c.send('${i}')
    if c.receive() == 'pong ${i}' pongs++
    i++
    sleep(2)
  }
  c.close()
})

var waiters = [
  spawn(receive_with_timeout, 40),
  spawn(@{
    lonely.receive_timeout = 70
    var started = microtime()
    catch { lonely.accept() } as e
    record('accept 70', 70, started, e)
  }),
  spawn(@{
    var started = microtime()
    sleep(100)
    record('sleep 100', 100, started, nil)
  }),
  spawn(@{
    var s = Socket()
    var started = microtime()
    catch { s.connect('127.0.0.1', full.port, 130) } as e
    record('connect 130', 130, started, e)
    s.close()
  }),
  spawn(receive_with_timeout, 160),
  spawn(receive_with_timeout, 190),
]
var ticks_at_start = ticks
for w in waiters w.join()
var ticks_meanwhile = ticks - ticks_at_start
var pongs_meanwhile = pongs
for e in events echo e
# expect: receive 40 TimeoutError
# expect: accept 70 TimeoutError
# expect: sleep 100
# expect: connect 130 TimeoutError
# expect: receive 160 TimeoutError
# expect: receive 190 TimeoutError
ticking = false
pinger.join()
ponger.join()
ticker.join()
# The ticker sleeps 5 ms at a time and the pinger 2 ms between exchanges:
# about 38 ticks and 60 exchanges in 190 ms; a blocked loop makes none, and a
# host that stalls the VM leaves fewer, so 3 of each is the test.
echo ticks_meanwhile >= 3      # expect: true
echo pongs_meanwhile >= 3      # expect: true
echo elapsed() < 5000          # expect: true
for s in [silent, full, filler, lonely, pong_server] s.close()
