# parent(...) calls the superclass constructor from a subclass constructor.
class Shape {
  var name = nil
  Shape(name) { self.name = name }
}
class Square < Shape {
  var side = 0
  Square(side) {
    parent('square')
    self.side = side
  }
}
var s = Square(3)
echo s.name        # expect: square
echo s.side        # expect: 3
