# IGNORECASE matches letters of either case.
import re
echo re.compile('hello').search('Say HELLO')                       # expect: nil
echo re.compile('hello', re.IGNORECASE).search('Say HELLO')['match']   # expect: HELLO
echo re.compile('[a-c]+', re.IGNORECASE).search('xAbCx')['match']      # expect: AbC
