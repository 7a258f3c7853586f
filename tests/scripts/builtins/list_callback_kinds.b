# Callbacks may be natives, bound methods or variadic functions.
echo [3, 9, 2].reduce(max)                 # expect: 9
echo [1, 2.5, 3].filter(is_int)            # expect: [1, 3]
echo [65, 66].map(chr)                     # expect: ['A', 'B']
class Scale {
  var k = 10
  by(x) { return x * self.k }
  pair(x, i) { return [i, x] }
}
var s = Scale()
echo [1, 2].map(s.by)                      # expect: [10, 20]
echo ['a'].map(s.pair)                     # expect: [[0, 'a']]
def all(...) { return __args__.length() }
echo ['x', 'y'].map(all)                   # expect: [2, 2]
echo [1, 2].reduce(all, 0)                 # expect: 3
[1, 2].each(print)
echo ''
# expect: 12
