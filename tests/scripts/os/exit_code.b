# os.exit(code) ends the script at once with that status; earlier output is flushed.
import os
echo 'before exit'     # expect: before exit
os.exit(3)
echo 'after exit'
# expect exit: 3
