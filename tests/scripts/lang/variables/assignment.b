# Assignment replaces a variable's value; it is an expression whose value is the new value.
var a = 1
a = 2
echo a             # expect: 2
var b, c
b = c = 7
echo b             # expect: 7
echo c             # expect: 7
a = 'now a string'
echo a             # expect: now a string
