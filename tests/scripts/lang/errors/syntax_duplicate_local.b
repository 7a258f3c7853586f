# Declaring the same local twice in one scope is a SyntaxError.
def f() {
  var a = 1
  var a = 2        # expect error: SyntaxError
}
