class A {
  var x = 1
  m() { return self.x + 10 }
  static var s = 'static'
}
var a = A()
echo getprop(a, 'x')      # expect: 1
echo getprop(a, 'nope')   # expect: nil
var m = getprop(a, 'm')
a.x = 5
echo m()                  # expect: 15
echo getprop(A, 's')      # expect: static
catch { getprop([1], 'length') } as e
echo e.message            # expect: getprop(): argument 1 (object) must be an instance, class, module or native object, got list
getprop(a, nil)           # expect error: TypeError
