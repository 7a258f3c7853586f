# def < overloads less-than; a list of instances can be ordered with it.
class Ver {
  var major = 0
  var minor = 0
  Ver(a, b) { self.major = a; self.minor = b }
  def < {
    if self.major != __arg__.major return self.major < __arg__.major
    return self.minor < __arg__.minor
  }
}
echo Ver(1, 2) < Ver(1, 10)   # expect: true
echo Ver(2, 0) < Ver(1, 10)   # expect: false
echo Ver(1, 1) < Ver(1, 1)    # expect: false
