# Subjects and patterns may hold NUL bytes.
import re
var data = 'head\0\0body\0tail'
echo re.compile('\0+').find_all(data).map(@(m) { return m['start'] })   # expect: [4, 10]
echo re.compile('\0').split(data).length()          # expect: 4
echo re.compile('y\0t').search(data)['match'] == 'y\0t'   # expect: true
echo re.compile('\0').replace('a\0b', '-')          # expect: a-b
echo re.compile('[^\0]+').find_all(data).length()   # expect: 3
