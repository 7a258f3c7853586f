# sleep(0.05) pauses for at least 40 ms (measured with microtime()).
import os
var start = microtime()
echo os.sleep(0.05)        # expect: nil
var elapsed = microtime() - start
echo elapsed >= 40000      # expect: true
echo elapsed < 5000000     # expect: true
