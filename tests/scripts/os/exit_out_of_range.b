# os.exit with a code outside 0..255 raises ValueError and does not exit.
import os
catch { os.exit(256) } as e
echo e.type                                   # expect: ValueError
echo e.message.index_of('os.exit()') > -1     # expect: true
echo e.message.index_of('256') > -1           # expect: true
catch { os.exit(-1) } as e
echo e.type                                   # expect: ValueError
echo 'still running'                          # expect: still running
os.exit(1000)                                 # expect error: ValueError
