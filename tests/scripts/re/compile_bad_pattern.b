# A bad pattern raises RegexError with PCRE2's message, the offset and the pattern.
import re
catch { re.compile('(abc') } as e
echo e.type       # expect: RegexError
echo e.message    # expect: re.compile(): missing closing parenthesis at offset 4 in '(abc'
catch { re.compile('a{2,1}') } as e
echo e.message    # expect: re.compile(): numbers out of order in {} quantifier at offset 5 in 'a{2,1}'
re.compile('[a-')   # expect error: RegexError: re.compile(): missing terminating ] for character class at offset 3 in '[a-'
