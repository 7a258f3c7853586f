# A class wrapping a list can be iterated with @itern returning indexes (0 is a valid key).
class Bag {
  var items = nil
  Bag(items) { self.items = items }
  @itern(i) {
    if i == nil return self.items.length() > 0 ? 0 : nil
    return i + 1 < self.items.length() ? i + 1 : nil
  }
  @iter(i) { return self.items[i] }
}
var out = []
for x in Bag(['a', 'b', 'c']) {
  out.append(x)
}
echo out           # expect: ['a', 'b', 'c']
