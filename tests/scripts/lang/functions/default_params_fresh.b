# Default values are evaluated at each call, so a list default is not shared.
def add_to(x, l = []) {
  l.append(x)
  return l
}
echo add_to(1)     # expect: [1]
echo add_to(2)     # expect: [2]
