# kill on a pid no process can have raises OSError with ESRCH (3).
import os
catch { os.kill(2147483647, os.SIGTERM) } as e
echo e.type                                  # expect: OSError
echo e.errno                                 # expect: 3
echo e.message.index_of('kill') > -1         # expect: true
echo e.message.index_of('2147483647') > -1   # expect: true
