# start and end are character indices, so slicing the subject gives the match.
import re
var s = 'héllo wörld ünïcode'
var m = re.compile('w\\S+').search(s)
echo [m['start'], m['end']]   # expect: [6, 11]
echo s[m['start'], m['end']] == m['match']   # expect: true
echo re.compile('ü').search(s, 12)['start']  # expect: 12
echo re.compile('o').search(s, 5)['start']   # expect: 16
