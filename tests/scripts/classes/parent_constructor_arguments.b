# parent(...) passes computed arguments up through each level.
class A {
  var value = 0
  A(v) { self.value = v }
}
class B < A {
  B(v) { parent(v + 1) }
}
class C < B {
  C(v) { parent(v * 10) }
}
echo C(2).value    # expect: 21
echo B(2).value    # expect: 3
