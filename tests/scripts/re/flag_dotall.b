# DOTALL lets . match a newline.
import re
echo re.compile('a.b').search('a\nb')                 # expect: nil
echo re.compile('a.b', re.DOTALL).search('a\nb')['end']   # expect: 3
