# Recursion a thousand levels deep works.
def depth(n) {
  if n == 0 return 0
  return 1 + depth(n - 1)
}
echo depth(1000)   # expect: 1000
def sum_list(l, i) {
  return i == l.length() ? 0 : l[i] + sum_list(l, i + 1)
}
var l = []
iter var i = 0; i < 500; i++ {
  l.append(i)
}
echo sum_list(l, 0)  # expect: 124750
