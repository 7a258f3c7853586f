# import x { * } leaves out names starting with '_'.
import ._lib.privates { * }
echo visible          # expect: public
echo bump()           # expect: 1
catch { echo _count } as e
echo e.type           # expect: UndefinedError
catch { _bump() } as e
echo e.type           # expect: UndefinedError
catch { _Hidden() } as e
echo e.type           # expect: UndefinedError
