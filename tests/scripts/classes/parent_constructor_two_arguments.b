# parent(a, b) with several arguments, some derived from the subclass's own.
class Range2 {
  var lo = 0
  var hi = 0
  Range2(lo, hi) { self.lo = lo; self.hi = hi }
  size() { return self.hi - self.lo }
}
class Centered < Range2 {
  var center = 0
  Centered(center, radius) {
    parent(center - radius, center + radius)
    self.center = center
  }
}
var c = Centered(10, 3)
echo [c.lo, c.hi, c.center]   # expect: [7, 13, 10]
echo c.size()                 # expect: 6
