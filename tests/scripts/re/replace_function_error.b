# An exception raised by a replacement function comes out of replace.
import re
var calls = 0
catch {
  re.compile('.').replace('abc', @(m) { calls++; if m['match'] == 'b' raise Exception('stop at b'); return m['match'] })
} as e
echo e.message   # expect: stop at b
echo calls       # expect: 2
