# With UTF, a pattern that is not UTF-8 is a compile error; without it, it is bytes.
import re
echo re.compile('\xff').search('a\xffb')['start']   # expect: 1
catch { re.compile('a\xff', re.UTF) } as e
echo e.type   # expect: RegexError
echo e.message.starts_with('re.compile(): UTF-8 error: illegal byte (0xfe or 0xff) at offset 1')   # expect: true
