# kill(pid, SIGTERM) ends a sleeping child; wait() returns 128 + 15.
import os
var pid = os.fork()
if pid == 0 {
  os.sleep(10)
  os.exit(0)
}
echo os.kill(pid, os.SIGTERM)   # expect: nil
echo os.wait(pid)               # expect: 143
