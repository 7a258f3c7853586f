# re.compile checks its pattern and flags arguments.
import re
catch { re.compile(42) } as e
echo e.type       # expect: TypeError
echo e.message    # expect: re.compile(): argument 1 (pattern) must be a string, got number
catch { re.compile('a', 32) } as e
echo e.type       # expect: ValueError
echo e.message    # expect: re.compile(): flags must be between 0 and 31, got 32
catch { re.compile('a', -1) } as e
echo e.type       # expect: ValueError
catch { re.compile('a', 1.5) } as e
echo e.type       # expect: ValueError
re.compile('a', 'i')   # expect error: TypeError: re.compile(): argument 2 (flags) must be an integer, got string
