# A character that starts no token is a SyntaxError.
var a = 1
echo a ` 2         # expect error: SyntaxError
