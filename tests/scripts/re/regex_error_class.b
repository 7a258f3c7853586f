# RegexError is a class of the re module under ValueError.
import re
echo re.RegexError              # expect: <class RegexError>
try {
  re.compile('*')
} catch ValueError e {
  echo e.type                   # expect: RegexError
  echo instance_of(e, re.RegexError)   # expect: true
  echo instance_of(e, ValueError)      # expect: true
}
