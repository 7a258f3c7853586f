# MULTILINE makes ^ and $ match at every line.
import re
var text = 'one\ntwo\nthree'
echo re.compile('^t\\w+$').find_all(text).length()                   # expect: 0
var lines = re.compile('^t\\w+$', re.MULTILINE).find_all(text)
echo lines.map(@(m) { return m['match'] })                            # expect: ['two', 'three']
