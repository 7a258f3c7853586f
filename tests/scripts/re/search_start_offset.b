# search(subject, start) begins at a character index; negative counts from the end.
import re
var r = re.compile('a')
echo r.search('banana')['start']       # expect: 1
echo r.search('banana', 2)['start']    # expect: 3
echo r.search('banana', -2)['start']   # expect: 5
echo r.search('banana', 6)             # expect: nil
echo re.compile('$').search('banana', 6)['start']   # expect: 6
echo re.compile('(?<=n)a').search('banana', 4)['start']   # expect: 5
