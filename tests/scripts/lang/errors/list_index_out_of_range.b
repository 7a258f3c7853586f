# Reading past the end of a list raises RangeError.
var l = [1, 2, 3]
echo l[2]          # expect: 3
echo l[3]          # expect error: Unhandled RangeError
