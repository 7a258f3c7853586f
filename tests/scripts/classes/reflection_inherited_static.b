# getprop and hasprop find a static member through the superclasses, as
# Class.name does; setprop sets it on the class named.
class Base { static var shared = 'base' }
class Child < Base {}
echo Child.shared                   # expect: base
echo getprop(Child, 'shared')       # expect: base
echo hasprop(Child, 'shared')       # expect: true
setprop(Child, 'shared', 'child')
echo Child.shared + ' ' + Base.shared   # expect: child base
