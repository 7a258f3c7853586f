# Output written with print (no newline) is flushed by os.exit.
import os
print('partial', 'line')   # expect: partial line
os.exit(7)
# expect exit: 7
