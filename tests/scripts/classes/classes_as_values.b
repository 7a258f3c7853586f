# Classes are values: pass them to functions, keep them in lists, instantiate them later.
class Cat { speak() { return 'meow' } }
class Cow { speak() { return 'moo' } }
def make_all(classes) {
  return classes.map(@(k) { return k().speak() })
}
echo make_all([Cat, Cow, Cat])   # expect: ['meow', 'moo', 'meow']
var k = Cow
echo k == Cow                    # expect: true
echo k == Cat                    # expect: false
