# A negative index before the start of a list raises RangeError.
var l = [1, 2, 3]
echo l[-4]         # expect error: RangeError
