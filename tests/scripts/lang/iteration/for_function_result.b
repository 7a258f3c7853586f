# The iterable expression is evaluated once.
var calls = 0
def items() {
  calls += 1
  return [1, 2, 3]
}
var s = 0
for x in items() {
  s += x
}
echo s             # expect: 6
echo calls         # expect: 1
