# \x needs two hexadecimal digits.
echo '\xZZ'        # expect error: SyntaxError
