# Functions with many parameters.
def f(a, b, c, d, e, f, g, h, i, j) {
  return [a, b, c, d, e, f, g, h, i, j]
}
echo f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)  # expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
