# Groups that did not take part in the match are nil in groups.
import re
var m = re.compile('(a)|(b)(c)?').search('xb')
echo m['groups']   # expect: [nil, 'b', nil]
echo re.compile('(x)?y').match('y')['groups']   # expect: [nil]
