# Regex objects come only from re.compile().
import re
import re { Regex }
echo instance_of(re.compile('a'), Regex)   # expect: true
Regex('a')   # expect error: TypeError: Regex cannot be created directly
