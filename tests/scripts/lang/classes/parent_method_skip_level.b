# parent.m() finds the method in a grandparent when the parent does not define it.
class A {
  m() { return 'A.m' }
}
class B < A {}
class C < B {
  m() { return 'C.m -> ' + parent.m() }
}
echo C().m()       # expect: C.m -> A.m
