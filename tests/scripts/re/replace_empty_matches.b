# Replacing empty matches inserts between characters, as Python's re.sub.
import re
echo re.compile('x*').replace('abxd', '-')               # expect: -a-b--d-
echo re.compile('', re.UTF).replace('hé', '.')           # expect: .h.é.
echo re.compile('^', re.MULTILINE).replace('a\nb', '> ') == '> a\n> b'   # expect: true
