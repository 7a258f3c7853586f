# An unclosed call is a SyntaxError, found at the first token that cannot continue it.
print(1, 2
var x = 3          # expect error: SyntaxError
