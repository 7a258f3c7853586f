# An unknown escape sequence is a SyntaxError.
var ok = 'fine'
echo 'bad \q escape'   # expect error: SyntaxError
