# A class with a constructor, fields and methods.
class Point {
  var x = 0
  var y = 0
  Point(x, y) {
    self.x = x
    self.y = y
  }
  sum() {
    return self.x + self.y
  }
}
var p = Point(3, 4)
echo p.x           # expect: 3
echo p.sum()       # expect: 7
p.y = 10
echo p.sum()       # expect: 13
echo typeof(p)     # expect: instance
echo typeof(Point) # expect: class
