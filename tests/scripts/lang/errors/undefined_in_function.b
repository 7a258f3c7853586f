# An undefined name inside a function is reported at the line inside the function.
def f() {
  var a = 1
  return a + missing_name   # expect error: UndefinedError
}
f()
