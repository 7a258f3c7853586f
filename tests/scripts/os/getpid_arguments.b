# os.getpid() takes no arguments; extra ones raise ArgumentError naming it.
import os
catch { os.getpid(1) } as e
echo e.type               # expect: ArgumentError
echo e.message            # expect: os.getpid() takes 0 arguments, got 1
os.getpid(1, 2)           # expect error: ArgumentError: os.getpid()
