# def + etc. overload operators; the right operand is in __arg__.
class Vec {
  var x = 0
  var y = 0
  Vec(x, y) { self.x = x; self.y = y }
  def + { return Vec(self.x + __arg__.x, self.y + __arg__.y) }
  def - { return Vec(self.x - __arg__.x, self.y - __arg__.y) }
  def * { return Vec(self.x * __arg__, self.y * __arg__) }
  @to_string() { return '(${self.x}, ${self.y})' }
}
var a = Vec(1, 2), b = Vec(10, 20)
echo a + b         # expect: (11, 22)
echo b - a         # expect: (9, 18)
echo a * 3         # expect: (3, 6)
echo a + b * 2     # expect: (21, 42)
var c = a
c += b
echo c             # expect: (11, 22)
echo a             # expect: (1, 2)
