# A block that is never closed is a SyntaxError (reported at the end of the file).
def f() {
  if true {
    echo 'x'
  }
# expect error: SyntaxError
