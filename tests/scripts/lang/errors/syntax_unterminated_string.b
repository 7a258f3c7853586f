# An unterminated string is a SyntaxError at the line where it starts.
echo 'fine'
var s = 'no end
# expect error: syntax_unterminated_string.b:3: SyntaxError
