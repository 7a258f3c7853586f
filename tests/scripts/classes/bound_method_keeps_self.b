# A method taken as a value keeps its instance, sees later changes, and works as a callback.
class Counter {
  var n = 0
  inc(by) { self.n += by; return self.n }
}
var a = Counter()
var b = Counter()
var inc_a = a.inc
var inc_b = b.inc
inc_a(1)
inc_a(1)
inc_b(10)
echo [a.n, b.n]              # expect: [2, 10]
a.n = 100
echo inc_a(1)                # expect: 101
echo [1, 2, 3].map(b.inc)    # expect: [11, 13, 16]
