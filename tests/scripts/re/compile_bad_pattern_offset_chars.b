# The offset in a compile error counts characters, not bytes.
import re
catch { re.compile('éé(x', re.UTF) } as e
echo e.message   # expect: re.compile(): missing closing parenthesis at offset 4 in 'éé(x'
catch { re.compile('éé(x') } as e
echo e.message   # expect: re.compile(): missing closing parenthesis at offset 4 in 'éé(x'
