class A { var x = 1; static var s = 0 }
var a = A()
echo setprop(a, 'x', 2)   # expect: nil
echo a.x                  # expect: 2
setprop(a, 'fresh', [1])
echo a.fresh              # expect: [1]
setprop(A, 's', 9)
echo A.s                  # expect: 9
setprop('str', 'x', 1)    # expect error: TypeError: setprop(): argument 1 (object) must be an instance, class, module or native object, got string
