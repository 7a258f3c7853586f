# suspend() parks a fiber until resume() wakes it, or its timeout passes.
var me = current_fiber()
spawn(@{ sleep(5); echo 'resuming'; resume(me) })   # expect: resuming
echo suspend(2000)          # expect: true
echo suspend(10)            # expect: false
echo resume(me)             # expect: false
catch { suspend() } as e
echo e.message              # expect: suspend(): no other fiber could resume this one
# Inside a callback from native code a fiber cannot wait, and is told so,
# though other fibers could resume it.
var other = spawn(@{ sleep(50) })
catch { [1].map(@(x) { return suspend() }) } as e
echo e.message              # expect: suspend(): cannot wait inside a callback from native code
other.join()
