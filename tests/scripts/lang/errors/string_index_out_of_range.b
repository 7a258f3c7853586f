# Indexing past the end of a string raises RangeError.
echo 'abc'[5]      # expect error: RangeError
