# A child that exits with os.exit(5) makes wait() return 5 in the parent.
import os
var pid = os.fork()
if pid == 0 {
  os.exit(5)
}
echo pid > 0               # expect: true
echo os.wait(pid)          # expect: 5
