# A stray closing brace is a SyntaxError.
var a = 1
}                  # expect error: SyntaxError
