# After an exception unwinds deep recursion, locals and the stack are intact for later calls.
def dive(n, acc) {
  var mine = [n]
  if n == 0 raise Exception('bottom')
  return dive(n - 1, acc + mine)
}
var outside = 'kept'
catch { dive(50, []) } as e
echo e.message             # expect: bottom
echo outside               # expect: kept
def sum_to(n) { return n == 0 ? 0 : n + sum_to(n - 1) }
echo sum_to(100)           # expect: 5050
