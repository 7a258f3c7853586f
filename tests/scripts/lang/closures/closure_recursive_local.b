# An anonymous function stored in a local can refer to itself through that local's upvalue.
def make() {
  var fact
  fact = @(n) { return n <= 1 ? 1 : n * fact(n - 1) }
  return fact
}
echo make()(6)     # expect: 720
