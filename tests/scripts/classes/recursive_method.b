# Methods recurse through self, directly and mutually.
class Maths {
  fib(n) { return n < 2 ? n : self.fib(n - 1) + self.fib(n - 2) }
  is_even(n) { return n == 0 ? true : self.is_odd(n - 1) }
  is_odd(n) { return n == 0 ? false : self.is_even(n - 1) }
}
var m = Maths()
echo m.fib(15)       # expect: 610
echo m.is_even(10)   # expect: true
echo m.is_odd(7)     # expect: true
