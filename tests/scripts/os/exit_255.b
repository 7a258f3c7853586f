# 255 is the largest allowed exit status.
import os
echo 'bye'             # expect: bye
os.exit(255)
# expect exit: 255
