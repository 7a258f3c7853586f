class A {
  var x = 1
  m() { return 1 }
  static var s = 2
}
var a = A()
a.extra = nil
echo hasprop(a, 'x')      # expect: true
echo hasprop(a, 'extra')  # expect: true
echo hasprop(a, 'm')      # expect: true
echo hasprop(a, 'nope')   # expect: false
echo hasprop(A, 's')      # expect: true
echo hasprop(A, 'x')      # expect: false
echo hasprop(5, 'x')      # expect: false
echo hasprop([], 'length')  # expect: false
hasprop(a, 1)             # expect error: TypeError: hasprop(): argument 2 (name) must be a string, got number
