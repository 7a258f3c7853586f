# The reported line is the line of the offending token, far from the start.
var a = 1

def f(x) {
  return x * 2
}

echo f(a)
var b = (1 + 2))   # expect error: SyntaxError
