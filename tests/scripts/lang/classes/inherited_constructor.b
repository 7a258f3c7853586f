# A constructor is inherited through any number of levels.
class A {
  var v = nil
  A(v) { self.v = v }
}
class B < A {}
class C < B {}
echo B(1).v        # expect: 1
echo C(2).v        # expect: 2
echo instance_of(C(3), A)  # expect: true
