# A child that kills itself with SIGKILL makes wait() return 128 + 9.
import os
var pid = os.fork()
if pid == 0 {
  os.kill(os.getpid(), os.SIGKILL)
  os.sleep(5)
  os.exit(0)
}
echo os.wait(pid)          # expect: 137
