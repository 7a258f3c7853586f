# os.getpid() is a positive integer and the same on every call.
import os
var pid = os.getpid()
echo typeof(pid)          # expect: number
echo is_int(pid)          # expect: true
echo pid > 0              # expect: true
echo pid == os.getpid()   # expect: true
