# EXTENDED ignores whitespace and # comments in the pattern.
import re
var r = re.compile('(\\d+)  - (\\d+)   # a range', re.EXTENDED)
echo r.search('pages 10-20')['groups']   # expect: ['10', '20']
echo re.compile('a b').search('ab')      # expect: nil
