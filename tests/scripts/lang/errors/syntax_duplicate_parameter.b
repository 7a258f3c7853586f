# Two parameters with the same name are a SyntaxError.
def f(a, a) {}     # expect error: SyntaxError
