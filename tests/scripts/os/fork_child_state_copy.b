# The child has a copy of the parent's memory: its changes do not reach the parent.
import os
var items = [1, 2]
var pid = os.fork()
if pid == 0 {
  items.append(3)
  os.exit(items.length())
}
echo os.wait(pid)          # expect: 3
echo items                 # expect: [1, 2]
