# Helper module with a syntax error on line 4; importing it is a SyntaxError.
var fine = 1

var broken = (1 + * 2)   # expect error: SyntaxError

var also_fine = 3
