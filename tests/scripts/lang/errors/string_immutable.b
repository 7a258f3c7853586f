# Strings are immutable: assigning to an index raises an error.
var s = 'abc'
s[0] = 'x'         # expect error: Unhandled
