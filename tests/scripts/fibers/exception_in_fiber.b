# An exception a fiber does not catch is printed and ends only that fiber;
# join() raises it again, and the other fibers carry on.
var bad = spawn(@{ raise ValueError('inside the fiber') })
var good = spawn(@{ sleep(10); return 'fine' })
catch { bad.join() } as e
echo e.type + ': ' + e.message   # expect: ValueError: inside the fiber
echo good.join()                 # expect: fine
# expect error: Unhandled ValueError: inside the fiber
# expect exit: 0
