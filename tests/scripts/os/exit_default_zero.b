# os.exit() without a code exits with status 0 and skips the rest of the script.
import os
echo 'one'             # expect: one
os.exit()
echo 'two'
# expect exit: 0
