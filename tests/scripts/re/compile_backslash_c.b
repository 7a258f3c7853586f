# \C (a single byte) is refused: in UTF mode it could split a character.
import re
catch { re.compile('a\\Cb') } as e
echo e.type      # expect: RegexError
echo e.message   # expect: re.compile(): using \C is disabled by the application at offset 3 in 'a\Cb'
re.compile('\\C', re.UTF)   # expect error: RegexError: re.compile(): using \C is disabled
