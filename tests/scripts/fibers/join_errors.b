# A fiber cannot wait for itself, and two fibers waiting for each other are
# reported as a deadlock instead of hanging.
var me = current_fiber()
catch { me.join() } as e
echo e.message   # expect: join(): a fiber cannot wait for itself
var f = spawn(@{ return me.join() })
catch { f.join() } as d
echo d.message   # expect: join(): deadlock: every fiber is waiting and none can run
