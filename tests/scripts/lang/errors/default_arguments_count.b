# With defaults, more arguments than parameters is still an ArgumentError.
def f(a, b = 2) {}
f(1)
f(1, 2)
f(1, 2, 3)         # expect error: ArgumentError
