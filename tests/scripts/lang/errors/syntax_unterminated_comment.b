# An unterminated block comment is a SyntaxError.
echo 1
/* this comment never ends
echo 2
# expect error: SyntaxError
# expect error: comment
