# Nested for loops over different kinds of iterables.
var out = []
for row in [[1, 2], [3]] {
  for x in row {
    out.append(x * 10)
  }
}
echo out           # expect: [10, 20, 30]
var grid = ''
for i in 0..2 {
  for c in 'ab' {
    grid += c + i
  }
}
echo grid          # expect: a0b0a1b1
