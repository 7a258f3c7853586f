# An exception raised in a callback passed to a native (list.map) is caught outside it,
# and the list is left as it was.
class Stop < Exception {}
var items = [1, 2, 3]
var visited = []
try {
  items.map(@(x) {
    visited.append(x)
    if x == 2 raise Stop('stopped at ${x}')
    return x * 10
  })
  echo 'not reached'
} catch Stop e {
  echo e.message     # expect: stopped at 2
}
echo visited         # expect: [1, 2]
echo items           # expect: [1, 2, 3]
