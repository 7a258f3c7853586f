# An instance is iterable when its class defines @iter.
class Counter {
  var n = 3
  @itern(i) { if i == nil return 0; return i + 1 < self.n ? i + 1 : nil }
  @iter(i) { return i * 10 }
}
echo is_iterable(Counter())   # expect: true
for v in Counter() { echo v }
# expect: 0
# expect: 10
# expect: 20
