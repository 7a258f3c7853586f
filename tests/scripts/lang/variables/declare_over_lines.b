# A var statement may declare several variables over several lines: a line
# may end with the comma (or with the = or an operator) and go on.
var a = 1,
    b = 2,
    c
echo [a, b, c]       # expect: [1, 2, nil]
def f() {
  var x = 10,
      y =
        x + 1
  return x + y
}
echo f()             # expect: 21
