# A Regex prints as /pattern/flags with the flag letters imsxu.
import re
echo re.compile('a+b')                                    # expect: /a+b/
echo re.compile('x', re.IGNORECASE | re.MULTILINE)        # expect: /x/im
echo to_string(re.compile('y', re.DOTALL | re.EXTENDED | re.UTF))   # expect: /y/sxu
var r = re.compile('\\d')
echo 'pattern ${r}'                                       # expect: pattern /\d/
