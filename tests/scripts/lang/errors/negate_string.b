# Unary minus on a string raises NumericError.
var s = 'x'
echo -s            # expect error: NumericError
