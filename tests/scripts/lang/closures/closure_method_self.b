# A closure created in a method captures self.
class Counter {
  var n = 0
  incrementer() {
    return @{
      self.n += 1
      return self.n
    }
  }
}
var c = Counter()
var inc = c.incrementer()
inc()
inc()
echo c.n           # expect: 2
