# os.env() with a non-string name raises TypeError naming the function and argument.
import os
catch { os.env(42) } as e
echo e.type                                 # expect: TypeError
echo e.message.index_of('os.env()') > -1    # expect: true
echo e.message.index_of('name') > -1        # expect: true
os.env(nil)                                 # expect error: TypeError
