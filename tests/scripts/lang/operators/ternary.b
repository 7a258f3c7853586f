# The ?: conditional operator; it nests to the right.
echo 1 > 0 ? 'y' : 'n'   # expect: y
echo 1 < 0 ? 'y' : 'n'   # expect: n
def sign(x) {
  return x < 0 ? 'neg' : x == 0 ? 'zero' : 'pos'
}
echo sign(-3)      # expect: neg
echo sign(0)       # expect: zero
echo sign(9)       # expect: pos
echo nil or false ? 'a' : 'b'   # expect: b
echo 0 ? 'true' : 'false'       # expect: true
var v = true ? 1 + 1 : 3
echo v             # expect: 2
