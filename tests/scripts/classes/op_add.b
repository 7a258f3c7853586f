# def + overloads addition with an instance or a plain number on the right.
class Money {
  var cents = 0
  Money(c) { self.cents = c }
  def + {
    if is_number(__arg__) return Money(self.cents + __arg__)
    return Money(self.cents + __arg__.cents)
  }
}
echo (Money(150) + Money(75)).cents   # expect: 225
echo (Money(1) + 9).cents             # expect: 10
var total = Money(0)
for c in [1, 2, 3] {
  total += Money(c)
}
echo total.cents                      # expect: 6
