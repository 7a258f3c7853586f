# self outside a class method is a SyntaxError.
def f() {
  return self      # expect error: SyntaxError
}
