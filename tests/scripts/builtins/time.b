var t = time()
echo t > 1600000000      # expect: true
echo is_int(t * 0)       # expect: true
var m = microtime()
echo is_int(m)           # expect: true
echo m > t * 1000000 - 10000000  # expect: true
echo microtime() >= m    # expect: true
time(1)                  # expect error: ArgumentError
