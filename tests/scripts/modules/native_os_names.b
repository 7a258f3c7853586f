# import os { getpid } binds only getpid.
import os { getpid, platform }
echo getpid() > 0               # expect: true
echo is_int(getpid())           # expect: true
echo platform                   # expect: linux
catch { cwd() } as e
echo e.type                     # expect: UndefinedError
catch { echo os } as e
echo e.type                     # expect: UndefinedError
