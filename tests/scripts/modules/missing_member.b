# Reading a member a module does not have raises PropertyError naming it.
import ._lib.greetings
catch { echo greetings.nothing } as e
echo e.type                                   # expect: PropertyError
echo e.message.index_of('nothing') > -1       # expect: true
import os
catch { os.no_such_function() } as e
echo e.type                                   # expect: PropertyError
