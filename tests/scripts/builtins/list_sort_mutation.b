# A comparator that changes the list cannot break the sort.
var l = [3, 1, 2]
l.sort(@(a, b) {
  l.clear()
  return a - b
})
echo l            # expect: [1, 2, 3]
var m = [2, 1]
m.sort(@(a, b) {
  m.append(9)
  return a - b
})
echo m            # expect: [1, 2]
