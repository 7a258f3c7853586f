# sleep rejects negative and non-number durations.
import os
catch { os.sleep(-1) } as e
echo e.type                                  # expect: ValueError
echo e.message.index_of('os.sleep()') > -1   # expect: true
catch { os.sleep('x') } as e
echo e.type                                  # expect: TypeError
echo e.message.index_of('seconds') > -1      # expect: true
catch { os.sleep(0 / 0) } as e
echo e.type                                  # expect: ValueError
os.sleep(-0.5)                               # expect error: ValueError
