# A subclass gets its parent's field defaults; static methods are reached through the class.
class Base {
  var a = 1
  var b = 'base'
  static kind() { return 'base kind' }
}
class Sub < Base {
  var b = 'sub'
  var c = 3
}
var s = Sub()
echo [s.a, s.b, s.c]   # expect: [1, 'sub', 3]
echo Base.kind()       # expect: base kind
