# The loop variables are local to the loop.
var v = 'outer'
for v in [1, 2] {
}
echo v             # expect: outer
def f() {
  var total = 0
  for k, v in {'a': 1, 'b': 2} {
    total += v
  }
  return total
}
echo f()           # expect: 3
