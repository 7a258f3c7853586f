# ++ is a statement, not an expression.
var x = 1
var y = x++        # expect error: SyntaxError
