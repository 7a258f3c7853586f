# Subtracting from a list raises NumericError.
echo [1, 2] - 1    # expect error: NumericError
