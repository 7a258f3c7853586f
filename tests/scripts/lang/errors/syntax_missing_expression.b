# An operator without a right operand is a SyntaxError.
var a = (1 + )     # expect error: SyntaxError
