# + joins strings; a string plus a number joins their text.
echo 'a' + 'b'     # expect: ab
echo 'a' + 1       # expect: a1
echo 1 + 'a'       # expect: 1a
echo 'v' + 1.5     # expect: v1.5
echo 'n=' + 10 / 2 # expect: n=5
echo 1 + 2 + 'x'   # expect: 3x
echo 'x' + 1 + 2   # expect: x12
var s = 'ab'
s += 'cd'
echo s             # expect: abcd
s += 3
echo s             # expect: abcd3
