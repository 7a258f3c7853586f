# Many matches over a long UTF-8 subject take linear time (UTF-8 is checked once).
import re
var s = 'é-' * 100000
echo re.compile('é', re.UTF).replace(s, 'e').length()   # expect: 200000
echo re.compile('-', re.UTF).split(s, 3).length()       # expect: 4
