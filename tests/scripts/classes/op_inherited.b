# An operator overload is inherited by subclasses, and may be overridden.
class Base {
  var v = 0
  Base(v) { self.v = v }
  def + { return self.v + __arg__.v }
}
class Sub < Base {}
class Doubling < Base {
  def + { return 2 * (self.v + __arg__.v) }
}
echo Sub(1) + Sub(2)            # expect: 3
echo Doubling(1) + Doubling(2)  # expect: 6
