# Fibers that sleep let the others run: their output interleaves in time order.
var log = []
def worker(name, delay, count) {
  iter var i = 0; i < count; i++ {
    sleep(delay)
    log.append('${name}${i}')
  }
}
var a = spawn(worker, 'a', 20, 3)
var b = spawn(worker, 'b', 50, 2)
a.join()
b.join()
echo log    # expect: ['a0', 'a1', 'b0', 'a2', 'b1']
