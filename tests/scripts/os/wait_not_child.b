# wait() on a pid that is not a child raises OSError with errno ECHILD (10) and
# a message naming the operation.
import os
try {
  os.wait(99999)
} catch OSError e {
  echo e.type                               # expect: OSError
  echo e.errno                              # expect: 10
  echo e.message.index_of('wait') > -1      # expect: true
  echo e.message.index_of('99999') > -1     # expect: true
}
os.wait(99999)            # expect error: Unhandled OSError
