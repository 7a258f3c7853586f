# start must be a whole number within the subject.
import re
var r = re.compile('a')
catch { r.search('abc', 4) } as e
echo e.type      # expect: ValueError
echo e.message   # expect: Regex.search(): start must be between -3 and 3, got 4
catch { r.match('abc', -4) } as e
echo e.message   # expect: Regex.match(): start must be between -3 and 3, got -4
catch { r.match('abc', 0.5) } as e
echo e.type      # expect: ValueError
r.search('abc', '1')   # expect error: TypeError: Regex.search(): argument 2 (start) must be an integer, got string
