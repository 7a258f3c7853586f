# With (?J) several groups share a name; the one that matched is reported.
import re
var r = re.compile('(?J)(?<n>a+)|(?<n>b+)')
echo r.search('bb')['named']    # expect: {'n': 'bb'}
echo r.search('aa')['named']    # expect: {'n': 'aa'}
echo r.search('bb')['groups']   # expect: [nil, 'bb']
