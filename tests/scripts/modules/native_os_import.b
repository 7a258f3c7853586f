# import os binds the native module.
import os
echo os                         # expect: <module os>
echo os.platform                # expect: linux
echo os.getpid() > 0            # expect: true
