# A literal cannot be assigned to.
1 = 2              # expect error: SyntaxError
