# Calling a function with too few arguments raises ArgumentError.
def f(a, b) {}
f(1)               # expect error: ArgumentError
# expect error: got 1
