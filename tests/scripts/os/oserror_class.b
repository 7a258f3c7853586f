# OSError from the os module is an Exception with errno, message and type.
import os
catch { os.wait(99999) } as e
echo instance_of(e, OSError)      # expect: true
echo instance_of(e, Exception)    # expect: true
echo typeof(e.errno)              # expect: number
echo e.message.index_of('No child processes') > -1   # expect: true
