# Functions and methods reject a wrong number of arguments with ArgumentError.
import re
catch { re.compile() } as e
echo e.type   # expect: ArgumentError
catch { re.compile('a', 0, 1) } as e
echo e.type   # expect: ArgumentError
var r = re.compile('a')
catch { r.search() } as e
echo e.type   # expect: ArgumentError
catch { r.replace('a') } as e
echo e.type   # expect: ArgumentError
catch { r.find_all('a', 1) } as e
echo e.type   # expect: ArgumentError
