# Empty matches: allowed next to a match, never twice at one place (as Python).
import re
var r = re.compile('x*')
echo r.find_all('axbc').map(@(m) { return m['match'] })   # expect: ['', 'x', '', '', '']
echo r.find_all('axbc').map(@(m) { return m['start'] })   # expect: [0, 1, 2, 3, 4]
echo re.compile('').find_all('').length()                  # expect: 1
echo re.compile('\\b').find_all('ab cd').map(@(m) { return m['start'] })   # expect: [0, 2, 3, 5]
