# A function replacement gets the match dictionary; its result is converted to text.
import re
var r = re.compile('\\d+')
echo r.replace('a1b22c333', @(m) { return m['match'].length() })   # expect: a1b2c3
echo r.replace('a1b22', @(m) { return '<' + m['start'] + '>' })     # expect: a<1>b<3>
echo r.replace('x1', @{ return 'N' })                                # expect: xN
echo r.replace('x1y2', @(m) { return nil })                          # expect: xnilynil
echo r.replace('x1', to_string)                                      # expect: x{'match': '1', 'start': 1, 'end': 2, 'groups': [], 'named': {}}
