# A constructor defined only at the top is inherited by a grandchild, which keeps its own
# field defaults and methods.
class Animal {
  var name = nil
  var sound = '...'
  Animal(name) { self.name = name }
  speak() { return '${self.name} says ${self.sound}' }
}
class Dog < Animal {
  var sound = 'woof'
}
class Puppy < Dog {
  var size = 'small'
}
var p = Puppy('Rex')
echo p.speak()           # expect: Rex says woof
echo p.size              # expect: small
echo instance_of(p, Animal)   # expect: true
catch { Puppy() } as e
echo e.type              # expect: ArgumentError
