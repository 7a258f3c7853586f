# \u{...} needs hexadecimal digits and a closing brace.
echo '\u{zz}'      # expect error: SyntaxError
