# os.exit with a non-number code raises TypeError.
import os
catch { os.exit('3') } as e
echo e.type                # expect: TypeError
catch { os.exit(nil) } as e
echo e.type                # expect: TypeError
catch { os.exit(1, 2) } as e
echo e.type                # expect: ArgumentError
echo 'alive'               # expect: alive
