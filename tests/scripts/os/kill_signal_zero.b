# Signal 0 only checks that the process exists.
import os
echo os.kill(os.getpid(), 0)    # expect: nil
echo 'still alive'              # expect: still alive
