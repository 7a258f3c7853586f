# continue outside a loop is a SyntaxError.
def f() {
  continue         # expect error: SyntaxError
}
