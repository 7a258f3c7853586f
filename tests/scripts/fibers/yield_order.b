# yield() lets every other ready fiber run once before the caller goes on.
var log = []
def step(name) {
  iter var i = 0; i < 3; i++ {
    log.append('${name}${i}')
    yield()
  }
}
var a = spawn(step, 'a')
var b = spawn(step, 'b')
a.join()
b.join()
echo log    # expect: ['a0', 'b0', 'a1', 'b1', 'a2', 'b2']
yield()
echo 'a lone yield returns'   # expect: a lone yield returns
