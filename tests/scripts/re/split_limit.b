# limit caps the number of splits; 0 means no limit.
import re
var r = re.compile(',')
echo r.split('a,b,c,d', 1)   # expect: ['a', 'b,c,d']
echo r.split('a,b,c,d', 2)   # expect: ['a', 'b', 'c,d']
echo r.split('a,b,c,d', 0)   # expect: ['a', 'b', 'c', 'd']
catch { r.split('a', -1) } as e
echo e.message               # expect: Regex.split(): limit must be between 0 and 2147483647, got -1
