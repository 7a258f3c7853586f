# A trailing ... collects the extra arguments into the list __args__.
def f(a, ...) {
  return [a, __args__]
}
echo f(1)          # expect: [1, []]
echo f(1, 2, 3)    # expect: [1, [2, 3]]
def count(...) {
  return __args__.length()
}
echo count()       # expect: 0
echo count('a', nil, [])  # expect: 3
def total(...) {
  var s = 0
  for x in __args__ {
    s += x
  }
  return s
}
echo total(1, 2, 3, 4)  # expect: 10
echo typeof(f(0, 1)[1])  # expect: list
