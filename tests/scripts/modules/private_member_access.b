# Reading a module's private global through the module raises AccessError.
import ._lib.privates
echo privates.visible     # expect: public
catch { echo privates._count } as e
echo e.type               # expect: AccessError
echo e.message.index_of('_count') > -1   # expect: true
catch { privates._bump() } as e
echo e.type               # expect: AccessError
echo privates.bump()      # expect: 1
echo privates.bump()      # expect: 2
