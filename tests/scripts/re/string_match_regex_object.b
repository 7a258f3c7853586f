# The string methods also take a compiled Regex.
import re
var r = re.compile('(?<n>\\d+)', re.UTF)
echo 'né 42'.match(r)['named']['n']    # expect: 42
echo 'né 42'.match(r)['start']         # expect: 3
echo 'né'.matches(r)                   # expect: false
echo 'a1'.replace(r, '#')              # expect: a#
