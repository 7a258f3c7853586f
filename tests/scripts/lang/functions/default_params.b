# Parameters may have default values, used when the argument is left out.
def f(a, b = 2) {
  return [a, b]
}
echo f(1)          # expect: [1, 2]
echo f(1, 5)       # expect: [1, 5]
def g(a = 'x', b = 'y') {
  return a + b
}
echo g()           # expect: xy
echo g('p')        # expect: py
echo g('p', 'q')   # expect: pq
def h(a, b = nil, c = [1]) {
  return [a, b, c]
}
echo h(0)          # expect: [0, nil, [1]]
