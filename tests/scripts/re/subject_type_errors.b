# Every method wants a string subject and names itself in the error.
import re
var r = re.compile('a')
catch { r.match(1) } as e
echo e.message   # expect: Regex.match(): argument 1 (subject) must be a string, got number
catch { r.find_all(nil) } as e
echo e.message   # expect: Regex.find_all(): argument 1 (subject) must be a string, got nil
catch { r.split([]) } as e
echo e.message   # expect: Regex.split(): argument 1 (subject) must be a string, got list
r.replace(bytes(2), 'x')   # expect error: TypeError: Regex.replace(): argument 1 (subject) must be a string, got bytes
