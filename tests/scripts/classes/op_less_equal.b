# def <= overloads less-or-equal.
class Size {
  var n = 0
  Size(n) { self.n = n }
  def <= { return self.n <= __arg__.n }
}
echo Size(1) <= Size(2)   # expect: true
echo Size(2) <= Size(2)   # expect: true
echo Size(3) <= Size(2)   # expect: false
