# os functions are ordinary function values.
import os
echo typeof(os.getpid)            # expect: function
var f = os.getpid
echo f() == os.getpid()           # expect: true
echo is_callable(os.sleep)        # expect: true
