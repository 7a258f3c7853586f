# split returns the pieces between matches.
import re
var r = re.compile('\\s*,\\s*')
echo r.split('a , b,c ,d')   # expect: ['a', 'b', 'c', 'd']
echo r.split('abc')          # expect: ['abc']
echo r.split(',a,')          # expect: ['', 'a', '']
echo r.split('')             # expect: ['']
