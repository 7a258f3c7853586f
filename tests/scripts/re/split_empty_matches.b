# Empty matches split too, as in Python 3.7+.
import re
echo re.compile('x*').split('axbc')   # expect: ['', 'a', '', 'b', 'c', '']
echo re.compile('\\b').split('hi yo') # expect: ['', 'hi', ' ', 'yo', '']
