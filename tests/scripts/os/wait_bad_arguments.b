# wait() checks its argument: a number that is a valid pid.
import os
catch { os.wait('12') } as e
echo e.type                # expect: TypeError
catch { os.wait(0) } as e
echo e.type                # expect: ValueError
catch { os.wait(-5) } as e
echo e.type                # expect: ValueError
echo e.message.index_of('os.wait()') > -1   # expect: true
