# Assigning past the end of a list raises RangeError.
var l = []
l[0] = 1           # expect error: RangeError
