# An importer may subclass a class from a module and call parent methods.
import ._lib.shapes { Shape, Rect }
class Square < Rect {
  Square(side) {
    parent(side, side)
    self.name = 'square'
  }
  describe() { return 'a ' + parent.describe() }
}
var s = Square(4)
echo s.describe()            # expect: a square of area 16
echo instance_of(s, Shape)   # expect: true
