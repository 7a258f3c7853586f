# The child's output comes before what the parent prints after waiting; output
# printed before fork is not duplicated.
import os
echo 'before fork'         # expect: before fork
var pid = os.fork()
if pid == 0 {
  echo 'in child'          # expect: in child
  os.exit(0)
}
var status = os.wait(pid)
echo 'parent got ${status}'   # expect: parent got 0
