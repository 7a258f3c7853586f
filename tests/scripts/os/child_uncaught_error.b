# A child that dies of an uncaught exception exits with status 1; its report goes to stderr.
import os
var pid = os.fork()
if pid == 0 {
  raise ValueError('child failed')
}
echo os.wait(pid)          # expect: 1
echo 'parent continues'    # expect: parent continues
# expect error: Unhandled ValueError: child failed
# expect exit: 0
