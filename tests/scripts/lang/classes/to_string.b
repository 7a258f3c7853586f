# @to_string is used by echo, interpolation, to_string() and container display.
class Point {
  var x = 0
  var y = 0
  Point(x, y) { self.x = x; self.y = y }
  @to_string() { return 'Point(${self.x}, ${self.y})' }
}
var p = Point(1, 2)
echo p                 # expect: Point(1, 2)
echo 'at ${p}'         # expect: at Point(1, 2)
echo to_string(p)      # expect: Point(1, 2)
echo [p]               # expect: [Point(1, 2)]
echo 'p=' + to_string(p)  # expect: p=Point(1, 2)
