# The callback may change the list: bounds are read again at each step.
var l = [1, 2, 3, 4]
echo l.map(@(x) { l.pop(); return x })   # expect: [1, 2]
var m = [1]
echo m.map(@(x, i) {
  if i < 3 m.append(x + 1)
  return x
})                                        # expect: [1, 2, 3, 4]
