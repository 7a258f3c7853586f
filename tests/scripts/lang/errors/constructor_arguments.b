# A constructor called with the wrong number of arguments raises ArgumentError.
class P {
  P(x, y) {}
}
P(1)               # expect error: ArgumentError
