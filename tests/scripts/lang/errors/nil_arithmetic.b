# Arithmetic on nil raises NumericError.
var n
echo n * 2         # expect error: NumericError
