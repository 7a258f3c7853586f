# Arithmetic on a string and a number (other than +) raises NumericError.
echo 'a' - 1       # expect error: Unhandled NumericError
