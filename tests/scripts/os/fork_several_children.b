# Several children, each waited for by pid, report their own statuses.
import os
var pids = []
for code in [1, 2, 3] {
  var pid = os.fork()
  if pid == 0 os.exit(code * 10)
  pids.append(pid)
}
var statuses = []
for pid in pids {
  statuses.append(os.wait(pid))
}
echo statuses              # expect: [10, 20, 30]
