# Catastrophic backtracking stops at PCRE2's match limit with a RegexError.
import re
catch { re.compile('(a+)+$').search('a' * 40 + 'b') } as e
echo e.type      # expect: RegexError
echo e.message   # expect: Regex.search(): match limit exceeded
