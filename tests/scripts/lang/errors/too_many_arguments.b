# Calling a function with too many arguments raises ArgumentError.
def f(a, b) {
  return a + b
}
f(1, 2, 3)         # expect error: Unhandled ArgumentError
# expect error: f() takes 2 arguments, got 3
