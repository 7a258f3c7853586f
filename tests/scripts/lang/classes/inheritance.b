# A subclass inherits methods and fields and may override them.
class Animal {
  var legs = 4
  name() { return 'animal' }
  describe() { return self.name() + ' with ' + self.legs + ' legs' }
}
class Bird < Animal {
  var legs = 2
  name() { return 'bird' }
}
class Dog < Animal {}
echo Dog().describe()   # expect: animal with 4 legs
echo Bird().describe()  # expect: bird with 2 legs
echo instance_of(Bird(), Animal)  # expect: true
echo instance_of(Animal(), Bird)  # expect: false
echo instance_of(Dog(), Dog)      # expect: true
