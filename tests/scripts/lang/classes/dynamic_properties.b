# Properties may be added to an instance at any time; other instances do not get them.
class Bare {}
var a = Bare()
a.extra = 1
a.name = 'n'
echo a.extra       # expect: 1
echo a.name        # expect: n
var b = Bare()
echo hasprop(b, 'extra')  # expect: false
echo hasprop(a, 'extra')  # expect: true
a.fn = @(x) { return x * 2 }
echo a.fn(4)       # expect: 8
