# The flags property holds the flags given; the constants are distinct bits.
import re
echo [re.IGNORECASE, re.MULTILINE, re.DOTALL, re.EXTENDED, re.UTF]   # expect: [1, 2, 4, 8, 16]
echo re.compile('a', re.IGNORECASE | re.UTF).flags                  # expect: 17
echo re.compile('a', 31).flags                                       # expect: 31
