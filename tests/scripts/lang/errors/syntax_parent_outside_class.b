# parent outside a subclass is a SyntaxError.
class A {
  m() { return parent.m() }   # expect error: SyntaxError
}
