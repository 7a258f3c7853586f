# match() matches only at the start (or at start=), search() anywhere.
import re
var r = re.compile('\\d+')
echo r.match('abc 123')           # expect: nil
echo r.search('abc 123')['match'] # expect: 123
echo r.match('123 abc')['match']  # expect: 123
echo r.match('abc 123', 4)['match']   # expect: 123
echo r.match('abc 123', 3)        # expect: nil
