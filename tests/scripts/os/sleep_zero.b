# sleep(0) and integer seconds are accepted; sleep(0) returns at once.
import os
var start = microtime()
os.sleep(0)
echo microtime() - start < 1000000   # expect: true
echo 'done'                          # expect: done
