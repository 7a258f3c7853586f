# spawn() checks its function and the arguments the function takes.
catch { spawn(42) } as e
echo e.type     # expect: TypeError
catch { spawn(@(a) { return a }) } as e2
echo e2.message # expect: <anonymous>() takes 1 argument, got 0
catch { sleep(-1) } as e3
echo e3.type    # expect: ValueError
