# def ** overloads exponentiation.
class Num {
  var v = 0
  Num(v) { self.v = v }
  def ** { return Num(self.v ** __arg__) }
}
echo (Num(2) ** 10).v      # expect: 1024
echo (Num(9) ** 0.5).v     # expect: 3
