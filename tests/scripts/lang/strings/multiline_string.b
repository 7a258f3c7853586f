# A newline inside a string literal is part of the string.
var s = 'line one
line two'
echo s
# expect: line one
# expect: line two
echo s.length()    # expect: 17
