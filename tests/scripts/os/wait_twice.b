# A child can be waited for once; a second wait raises OSError (ECHILD).
import os
var pid = os.fork()
if pid == 0 os.exit(2)
echo os.wait(pid)          # expect: 2
catch { os.wait(pid) } as e
echo e.type                # expect: OSError
echo e.errno               # expect: 10
