# Iterating an instance supports break and nesting two iterations of the same object.
class Three {
  @itern(i) {
    if i == nil return 0
    return i < 2 ? i + 1 : nil
  }
  @iter(i) { return i * 10 }
}
var t = Three()
var pairs = []
for a in t {
  for b in t {
    if b > a break
    pairs.append([a, b])
  }
}
echo pairs    # expect: [[0, 0], [10, 0], [10, 10], [20, 0], [20, 10], [20, 20]]
