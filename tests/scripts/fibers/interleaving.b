# Fibers that sleep let the others run: their output interleaves in time
# order. Each worker sleeps until fixed times from a common start, so a
# late wake-up (a busy host) does not push its later wake-ups back; one
# woken past its next time still sleeps (0 ms), letting a fiber that was
# due earlier go first.
var log = []
var start = microtime()
def worker(name, wake_times) {
  iter var i = 0; i < wake_times.length(); i++ {
    sleep(max(0, wake_times[i] - (microtime() - start) / 1000))
    log.append('${name}${i}')
  }
}
var a = spawn(worker, 'a', [40, 80, 120])
var b = spawn(worker, 'b', [100, 200])   # 20 ms from the nearest of a's
a.join()
b.join()
echo log    # expect: ['a0', 'a1', 'b0', 'a2', 'b1']
