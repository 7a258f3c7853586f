# def == and def < overload equality and ordering.
class Money {
  var cents = 0
  Money(c) { self.cents = c }
  def == { return self.cents == __arg__.cents }
  def < { return self.cents < __arg__.cents }
}
echo Money(5) == Money(5)  # expect: true
echo Money(5) == Money(6)  # expect: false
echo Money(5) != Money(6)  # expect: true
echo Money(1) < Money(2)   # expect: true
echo Money(3) < Money(2)   # expect: false
