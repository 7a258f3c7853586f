# static var is a class-level field; static methods are called on the class.
class Counter {
  static var count = 0
  Counter() {
    Counter.count += 1
  }
  static make_two() {
    Counter()
    return Counter()
  }
}
echo Counter.count           # expect: 0
Counter()
echo Counter.count           # expect: 1
var c = Counter.make_two()
echo Counter.count           # expect: 3
echo instance_of(c, Counter) # expect: true
class Origin {
  var x = 5
  static origin() { return Origin() }
}
echo Origin.origin().x       # expect: 5
