# An unterminated double-quoted string is a SyntaxError at the line where it starts.
var a = 1
var s = "open
# expect error: syntax_unterminated_string_double.b:3: SyntaxError
