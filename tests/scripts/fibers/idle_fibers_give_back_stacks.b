# Fibers parked for a while give their stack pages back and get their
# frames and values again when they wake: 1000 fibers, each holding
# locals of several kinds and two frames deep, wait on a socket; after a
# second of waiting the process holds well under a page per fiber, and
# every fiber then finds its locals as it left them (garbage made and
# collected meanwhile).
import socket { socket_pair }
import os

def rss_kib() {
  for line in file('/proc/self/status').read().split('\n') {
    if line.starts_with('VmRSS:') return to_number(line.split(' ').filter(@(w) { return w != '' })[1])
  }
  return -1
}

def wait_on(sock, n) {
  var text = 'fiber ${n}'
  var list = [n, n * 2, text]
  var got = sock.receive(100)
  return got == 'go ${n}' and text == 'fiber ${n}' and list[0] == n and list[1] == n * 2 and list[2] == text
}

var waiting = 0

def worker(sock, n) {
  var before = 'frame ${n}'
  waiting++
  var ok = wait_on(sock, n)
  return ok and before == 'frame ${n}'
}

var count = 1000
# Two descriptors a fiber: raise the soft limit, or wait with fewer
# fibers when the hard limit is lower.
if os.get_limit(os.RLIMIT_NOFILE) != -1 and os.get_limit(os.RLIMIT_NOFILE) < 2 * count + 64 {
  catch { os.set_limit(os.RLIMIT_NOFILE, 2 * count + 64) } as e
  if e != nil count = (os.get_limit(os.RLIMIT_NOFILE) - 64) // 2
}
var pairs = []
var fibers = []
iter var i = 0; i < count; i++ {
  var pair = socket_pair()
  pair[1].receive_timeout = 20000
  pairs.append(pair)
}
sleep(300)   # let the collector and the allocator settle first
var before = rss_kib()
iter var i = 0; i < count; i++ {
  fibers.append(spawn(worker, pairs[i][1], i))
}
while waiting < count { sleep(10) }
sleep(700)   # every worker has waited long enough to be stowed
var after = rss_kib()
echo (after - before) / count < 2   # expect: true

# Garbage while they are stowed: the collector must find their values.
var junk = []
iter var i = 0; i < 20000; i++ { junk.append('junk ${i}') }
junk = nil

iter var i = 0; i < count; i++ { pairs[i][0].send('go ${i}') }
var all = true
iter var i = 0; i < count; i++ {
  if !fibers[i].join() all = false
}
echo all                             # expect: true
for pair in pairs {
  pair[0].close()
  pair[1].close()
}
