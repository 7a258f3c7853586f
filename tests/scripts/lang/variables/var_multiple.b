# One var statement may declare several names; those without a value are nil.
var a = 1, b, c = 3
echo a             # expect: 1
echo b             # expect: nil
echo c             # expect: 3
def f() {
  var x = 'x', y, z = x + 'z'
  return [x, y, z]
}
echo f()           # expect: ['x', nil, 'xz']
