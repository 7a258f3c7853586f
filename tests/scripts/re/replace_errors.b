# Bad references, replacement types and counts raise clear errors.
import re
var r = re.compile('(a)')
catch { r.replace('a', '$9') } as e
echo e.type      # expect: RegexError
echo e.message   # expect: Regex.replace(): unknown substring at offset 2 (replacement '$9')
catch { r.replace('a', '\${1') } as e
echo e.message   # expect: Regex.replace(): expected closing curly bracket in replacement string at offset 3 (replacement '${1')
catch { r.replace('a', '\${nope}') } as e
echo e.type      # expect: RegexError
catch { r.replace('a', 'x', -1) } as e
echo e.message   # expect: Regex.replace(): count must be between 0 and 2147483647, got -1
echo r.replace('b', '$9')   # expect: b
r.replace('a', 7)   # expect error: TypeError: Regex.replace(): argument 2 (replacement) must be a function, got number
