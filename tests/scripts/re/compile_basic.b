# re.compile returns a Regex native object with its pattern, flags and group count.
import re
var r = re.compile('(a)(b)?c')
echo typeof(r)        # expect: Regex
echo r.pattern        # expect: (a)(b)?c
echo r.flags          # expect: 0
echo r.groups         # expect: 2
echo re.compile('x').groups   # expect: 0
