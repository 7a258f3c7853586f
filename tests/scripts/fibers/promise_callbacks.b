# A Future's callbacks each run in a fiber of their own when it settles,
# before its waiters wake: one that raises has its trace printed and stops
# neither the callbacks after it nor the resolve() that settled the promise.
import concurrent { Promise }
var p = Promise()
p.future.on_success(@(v) { echo 'first ' + v; raise ValueError('callback failed') })
p.future.on_success(@(v) { echo 'second ' + v })
p.future.on_failure(@(e) { echo 'not called' })
spawn(@{ echo 'waiter ' + p.future.wait(1000) })
yield()
p.resolve(7)
echo 'resolved'
sleep(5)
# expect: resolved
# expect: first 7
# expect: second 7
# expect: waiter 7
catch { p.future.on_failure(nil) } as e
echo e.type + ': ' + e.message   # expect: TypeError: Future.on_failure(): fn must be a function, got nil
catch { Promise().future.on_success('x') } as e
echo e.message   # expect: Future.on_success(): fn must be a function, got string
# expect error: Unhandled ValueError: callback failed
# expect exit: 0
# settle() takes only the two outcomes.
import concurrent { Future }
var f = Future()
catch { f.settle('done', 1) } as e
echo e.message   # expect: Future.settle(): state must be 'resolved' or 'rejected', got done
echo f.is_done() # expect: false
