# Static methods are called on the class and may call other static methods and constructors.
class Temperature {
  var celsius = 0
  Temperature(c) { self.celsius = c }
  static from_fahrenheit(f) { return Temperature(Temperature.to_celsius(f)) }
  static to_celsius(f) { return (f - 32) * 5 / 9 }
}
echo Temperature.to_celsius(212)              # expect: 100
echo Temperature.from_fahrenheit(32).celsius  # expect: 0
var conv = Temperature.to_celsius
echo conv(50)                                 # expect: 10
