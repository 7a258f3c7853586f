# instance_of tests class membership, including superclasses.
class A {}
class B < A {}
class C {}
var b = B()
echo instance_of(b, B)   # expect: true
echo instance_of(b, A)   # expect: true
echo instance_of(b, C)   # expect: false
echo instance_of(A(), B) # expect: false
echo instance_of(Exception('x'), Exception)  # expect: true
