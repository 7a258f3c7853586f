# kill checks its pid and signal before sending anything.
import os
catch { os.kill(os.getpid(), 99) } as e
echo e.type                 # expect: ValueError
echo e.message.index_of('signal') > -1   # expect: true
catch { os.kill(0, os.SIGTERM) } as e
echo e.type                 # expect: ValueError
catch { os.kill('1', os.SIGTERM) } as e
echo e.type                 # expect: TypeError
echo 'alive'                # expect: alive
