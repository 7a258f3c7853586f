# A parameter without a default cannot follow one with a default.
def f(a = 1, b) {} # expect error: SyntaxError
