# A replacement function may use the same (cached) pattern again.
import re
var r = re.compile('\\d')
echo r.replace('a1b2', @(m) { return r.replace('x9y', '#') + m['start'] })   # expect: ax#y1bx#y3
echo r.replace('12', @(m) { return r.find_all('345').length() })            # expect: 33
