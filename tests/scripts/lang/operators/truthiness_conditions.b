# Truthiness applies in if, while and the logical operators.
if 0 echo 'zero is true'             # expect: zero is true
if -1 { echo 'never' } else { echo 'negative is false' }  # expect: negative is false
if [] { echo 'never' } else { echo 'empty list is false' }  # expect: empty list is false
var l = [1, 2, 3]
while l {
  l.pop()
}
echo l             # expect: []
var i = 'abc'.index_of('z')
echo i             # expect: -1
if !i echo 'not found'  # expect: not found
