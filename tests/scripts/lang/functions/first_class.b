# Functions are values: passed as arguments, returned and stored.
def twice(f, x) {
  return f(f(x))
}
def inc(n) { return n + 1 }
echo twice(inc, 5) # expect: 7
def make_adder(n) {
  return @(x) { return x + n }
}
var add3 = make_adder(3)
echo add3(10)      # expect: 13
var table = {'double': @(x) { return x * 2 }}
echo table['double'](21)  # expect: 42
var fs = [inc, add3]
echo fs[1](0)      # expect: 3
echo typeof(inc)   # expect: function
