# Groups of a split pattern are included, nil when they did not take part.
import re
echo re.compile('(-)|(\\+)').split('1-2+3')   # expect: ['1', '-', nil, '2', nil, '+', '3']
echo re.compile('(\\d)').split('a1b2c')       # expect: ['a', '1', 'b', '2', 'c']
