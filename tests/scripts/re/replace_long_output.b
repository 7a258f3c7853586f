# Replacements longer than any internal buffer are kept whole.
import re
var out = re.compile('(x)').replace('axa', '$1' * 300)
echo out.length()          # expect: 302
echo out[1, 4]             # expect: xxx
echo re.compile('a').replace('aa', 'é' * 200).length()   # expect: 400
