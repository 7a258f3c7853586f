# A local in a nested block may shadow a parameter.
def f(a) {
  var outer = a
  {
    var a = outer * 10
    echo a
  }
  echo a
}
f(3)
# expect: 30
# expect: 3
