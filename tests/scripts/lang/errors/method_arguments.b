# A method called with the wrong number of arguments raises ArgumentError.
class P {
  m(x) { return x }
}
P().m(1, 2)        # expect error: ArgumentError
