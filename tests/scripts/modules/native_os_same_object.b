# Every import of a native module, directly or from another module, gives the same module.
import os
import os as again
import ._lib.uses_os
echo os == again                      # expect: true
echo uses_os.os_module == os          # expect: true
echo uses_os.platform()               # expect: linux
import os { getpid }
echo getpid() == os.getpid()          # expect: true
