# Arguments are evaluated left to right before the call.
var log = []
def note(x) {
  log.append(x)
  return x
}
def three(a, b, c) {
  return a + b + c
}
echo three(note(1), note(2), note(3))  # expect: 6
echo log           # expect: [1, 2, 3]
