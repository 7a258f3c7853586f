# The signal constants have Linux's values.
import os
echo os.SIGHUP           # expect: 1
echo os.SIGINT           # expect: 2
echo os.SIGKILL          # expect: 9
echo os.SIGUSR1          # expect: 10
echo os.SIGTERM          # expect: 15
echo os.SIGCHLD          # expect: 17
echo [os.SIGQUIT, os.SIGUSR2, os.SIGPIPE, os.SIGALRM, os.SIGCONT, os.SIGSTOP]   # expect: [3, 12, 13, 14, 18, 19]
