# A fiber whose own function recurses too deeply reports the overflow with
# the repeated frames counted: the run of them ends its trace.
def rec(n) { return n == 0 ? 0 : 1 + rec(n - 1) }
echo spawn(rec, 15000).join()   # expect: 15000
var f = spawn(rec, 30000)
catch { f.join() } as e
echo e.message   # expect: stack overflow: more than 20000 nested calls
var lines = e.stacktrace.trim().split('\n')
echo lines.length()   # expect: 4
echo lines[3].trim()  # expect: [previous line repeated 19997 more times]
# expect error: Unhandled RangeError: stack overflow
# expect exit: 0
