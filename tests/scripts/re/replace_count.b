# count limits the replacements; 0 replaces all.
import re
var r = re.compile('a')
echo r.replace('aaaa', 'b', 1)   # expect: baaa
echo r.replace('aaaa', 'b', 3)   # expect: bbba
echo r.replace('aaaa', 'b', 0)   # expect: bbbb
echo r.replace('aaaa', 'b', 10)  # expect: bbbb
echo r.replace('xyz', 'b')       # expect: xyz
