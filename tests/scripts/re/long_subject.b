# Deeply repeated groups over a long subject still match (no stack limit hit).
import re
var s = 'ab' * 50000
echo re.compile('(a|b)*').match(s)['end']       # expect: 100000
echo re.compile('(?:ab)+$').search(s)['start']  # expect: 0
echo re.compile('b').find_all(s[0, 400]).length()   # expect: 200
