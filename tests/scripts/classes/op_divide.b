# def / overloads division.
class Frac {
  var n = 0
  var d = 1
  Frac(n, d) { self.n = n; self.d = d }
  def / { return Frac(self.n * __arg__.d, self.d * __arg__.n) }
  @to_string() { return '${self.n}/${self.d}' }
}
echo Frac(1, 2) / Frac(3, 4)   # expect: 4/6
