# Only names, indexes and properties can be assigned to.
var a = 1, b = 2
a + b = 3          # expect error: SyntaxError
