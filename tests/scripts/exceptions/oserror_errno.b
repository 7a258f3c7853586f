# OSError carries .errno and the system's text; os.wait on a non-child gives ECHILD (10).
import os
catch { os.wait(99999) } as e
echo instance_of(e, Exception)                          # expect: true
try {
  os.wait(99999)
} catch OSError e {
  echo e.errno                                          # expect: 10
  echo e.type                                           # expect: OSError
  echo e.message.index_of('No child processes') > -1    # expect: true
}
