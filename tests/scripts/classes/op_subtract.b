# def - overloads subtraction; the left operand is self.
class Vec {
  var x = 0
  var y = 0
  Vec(x, y) { self.x = x; self.y = y }
  def - { return Vec(self.x - __arg__.x, self.y - __arg__.y) }
}
var d = Vec(5, 5) - Vec(2, 7)
echo [d.x, d.y]          # expect: [3, -2]
var e = Vec(2, 7) - Vec(5, 5)
echo [e.x, e.y]          # expect: [-3, 2]
