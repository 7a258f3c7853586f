# Two closures over the same variable share it.
def pair() {
  var value = 0
  var get = @{ return value }
  var set = @(v) { value = v }
  return [get, set]
}
var p = pair()
echo p[0]()        # expect: 0
p[1](42)
echo p[0]()        # expect: 42
var q = pair()
echo q[0]()        # expect: 0
