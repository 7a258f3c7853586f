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
echo e.message     # expect: os.sleep(): seconds must be between 0 and 1000000000, got nan
catch { sleep(0 / 0) } as e
echo e.message     # expect: sleep(): milliseconds must be between 0 and 1000000000000, got nan
os.sleep(-0.5)                               # expect error: ValueError
