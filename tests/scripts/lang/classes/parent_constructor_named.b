# parent.Base(...) also calls the superclass constructor.
class Base {
  var x = 0
  Base(x) { self.x = x }
}
class Point < Base {
  var y = 0
  Point(x, y) {
    parent.Base(x)
    self.y = y
  }
}
var p = Point(1, 2)
echo [p.x, p.y]    # expect: [1, 2]
