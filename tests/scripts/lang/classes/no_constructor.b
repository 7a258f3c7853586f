# A class without a constructor is called with no arguments; fields take their defaults.
class Empty {
  var a = 1
  var b
}
var e = Empty()
echo e.a           # expect: 1
echo e.b           # expect: nil
