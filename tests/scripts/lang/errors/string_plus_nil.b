# + on a string and nil is not a join: it raises NumericError.
var s = 'a'
echo s + nil       # expect error: NumericError
