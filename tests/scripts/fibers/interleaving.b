# Fibers that sleep let the others run: their output interleaves in time order.
var log = []
def worker(name, delay, count) {
  iter var i = 0; i < count; i++ {
    sleep(delay)
    log.append('${name}${i}')
  }
}
var a = spawn(worker, 'a', 40, 3)    # wakes at 40, 80, 120 ms
var b = spawn(worker, 'b', 100, 2)   # wakes at 100, 200 ms: 20 ms from the nearest
a.join()
b.join()
echo log    # expect: ['a0', 'a1', 'b0', 'a2', 'b1']
