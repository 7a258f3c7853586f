# set_limit takes -1 for unlimited, the value get_limit gives for it; the
# stack's hard limit is unlimited on the machines the suite runs on.
import os
os.set_limit(os.RLIMIT_STACK, 8388608)
echo os.get_limit(os.RLIMIT_STACK)
os.set_limit(os.RLIMIT_STACK, -1)
echo os.get_limit(os.RLIMIT_STACK)
catch { os.set_limit(os.RLIMIT_STACK, -2) } as e
echo e.message
os.set_limit(os.RLIMIT_STACK, 8388608)
echo os.get_limit(os.RLIMIT_STACK)
# expect: 8388608
# expect: -1
# expect: os.set_limit(): value must be between -1 and 1000000000000000, got -2
# expect: 8388608
