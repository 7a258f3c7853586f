# Closures capture variables, not values: later changes are seen.
def f() {
  var x = 'before'
  var show = @{ return x }
  x = 'after'
  return show
}
echo f()()         # expect: after
var g = 1
var read_g = @{ return g }
g = 2
echo read_g()      # expect: 2
def h() {
  var y = 1
  var bump = @{ y += 10 }
  bump()
  bump()
  return y
}
echo h()           # expect: 21
