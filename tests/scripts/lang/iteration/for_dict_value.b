# for v in dict gives the values, in insertion order.
var d = {'x': 1, 'y': 2, 'z': 3}
for v in d {
  echo v
}
# expect: 1
# expect: 2
# expect: 3
