# An instance field holding a function is called like a method; methods see updated fields.
class Temp {
  var c = 0
  f() { return self.c * 9 / 5 + 32 }
}
var t = Temp()
t.c = 100
echo t.f()         # expect: 212
t.c = -40
echo t.f()         # expect: -40
