# fork() returns 0 in the child, whose pid differs from the parent's; the
# parent receives the child's pid.
import os
var parent_pid = os.getpid()
var pid = os.fork()
if pid == 0 {
  var me = os.getpid()
  os.exit(me != parent_pid ? 11 : 12)
}
echo pid != parent_pid     # expect: true
echo is_int(pid)           # expect: true
echo os.wait(pid)          # expect: 11
