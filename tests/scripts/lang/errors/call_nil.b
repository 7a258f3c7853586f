# Calling nil raises TypeError.
var f
f(1)               # expect error: TypeError
