# Each level of a three-level hierarchy extends its parent's method with parent.method().
class A {
  path(x) { return ['A${x}'] }
}
class B < A {
  path(x) {
    var p = parent.path(x + 1)
    p.append('B${x}')
    return p
  }
}
class C < B {
  path(x) {
    var p = parent.path(x + 1)
    p.append('C${x}')
    return p
  }
}
echo C().path(0)    # expect: ['A2', 'B1', 'C0']
echo B().path(0)    # expect: ['A1', 'B0']
