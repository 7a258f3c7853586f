# var must be followed by a name.
var = 5            # expect error: SyntaxError
