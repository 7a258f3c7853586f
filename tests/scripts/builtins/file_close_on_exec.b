# A program started with os.exec() inherits none of the script's open files:
# file() opens with close-on-exec, whether the mode opens at once ('w') or
# on the first read ('r').
import os
var path = '/tmp/sabre-test-cloexec-${rand(0, 1000000000)}.txt'
var w = file(path, 'w')
w.write('x')
var r = file(path)
echo r.read()              # expect: x
var pid = os.fork()
if pid == 0 {
  os.exec(['sh', '-c', 'ls -l /proc/$$/fd | grep -q sabre-test-cloexec && exit 1; exit 0'])
}
echo os.wait(pid)          # expect: 0
w.close()
r.delete()
