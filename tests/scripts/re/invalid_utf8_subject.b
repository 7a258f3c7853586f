# With UTF, a subject that is not UTF-8 raises RegexError; without it, it is bytes.
import re
var bad = 'ab\xffcd'
echo re.compile('c').search(bad)['start']   # expect: 3
catch { re.compile('c', re.UTF).search(bad) } as e
echo e.type      # expect: RegexError
echo e.message   # expect: Regex.search(): the subject is not valid UTF-8 (UTF-8 error: illegal byte (0xfe or 0xff) at offset 2)
re.compile('x', re.UTF).find_all('\xc3')   # expect error: RegexError: Regex.find_all(): the subject is not valid UTF-8
