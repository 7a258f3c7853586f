# pattern, flags and groups are read-only properties.
import re
var r = re.compile('(a)')
catch { r.pattern = 'b' } as e
echo e.type      # expect: PropertyError
echo e.message   # expect: Regex.pattern is read-only
catch { r.groups = 3 } as e
echo e.message   # expect: Regex.groups is read-only
echo r.pattern   # expect: (a)
