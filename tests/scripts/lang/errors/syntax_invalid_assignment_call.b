# A call result cannot be assigned to.
def f() {}
f() = 1            # expect error: SyntaxError
