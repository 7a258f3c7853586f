# import os { * } binds every function and constant of the native module.
import os { * }
echo getpid() > 0               # expect: true
echo platform                   # expect: linux
echo SIGKILL                    # expect: 9
echo cwd().starts_with('/')     # expect: true
echo typeof(args)               # expect: list
catch { echo os } as e
echo e.type                     # expect: UndefinedError
