class A { var x = 1 }
var a = A()
a.y = 2
echo delprop(a, 'y')      # expect: true
echo hasprop(a, 'y')      # expect: false
echo delprop(a, 'y')      # expect: false
echo delprop(a, 'x')      # expect: true
echo hasprop(a, 'x')      # expect: false
delprop({}, 'x')          # expect error: TypeError
