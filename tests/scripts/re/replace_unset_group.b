# A group that did not take part inserts nothing.
import re
echo re.compile('(a)|(b)').replace('ab', '[$1|$2]')   # expect: [a|][|b]
