# A number cannot be a variable name.
var 1x = 5         # expect error: SyntaxError
