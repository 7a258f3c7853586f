# import os as o binds the native module under another name only.
import os as o
echo o                          # expect: <module os>
echo o.SIGTERM                  # expect: 15
catch { echo os } as e
echo e.type                     # expect: UndefinedError
