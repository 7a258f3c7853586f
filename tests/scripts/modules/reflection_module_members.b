# getprop and hasprop read a module's members as the dot syntax does (its
# private globals closed); setprop and delprop refuse to change them, as
# `module.name = value` is refused.
import ._lib.privates
echo getprop(privates, 'visible')     # expect: public
echo hasprop(privates, 'visible')     # expect: true
echo getprop(privates, 'missing')     # expect: nil
catch { getprop(privates, '_count') } as e
echo e.type                           # expect: AccessError
catch { hasprop(privates, '_count') } as e
echo e.type                           # expect: AccessError
catch { setprop(privates, 'visible', 'changed') } as e
echo e.type + ': ' + e.message        # expect: PropertyError: cannot set property 'visible' on module
catch { delprop(privates, 'visible') } as e
echo e.type + ': ' + e.message        # expect: PropertyError: cannot delete property 'visible' of module
echo privates.visible                 # expect: public
import os
setprop(os, 'getcwd', nil)            # expect error: PropertyError: cannot set property 'getcwd' on module
