# def * overloads multiplication (here a dot product returning a number).
class V {
  var a = 0
  var b = 0
  V(a, b) { self.a = a; self.b = b }
  def * { return self.a * __arg__.a + self.b * __arg__.b }
}
echo V(1, 2) * V(3, 4)    # expect: 11
echo typeof(V(1, 1) * V(1, 1))   # expect: number
