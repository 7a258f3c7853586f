# A slice bound that is a number but not an integer raises ValueError naming
# it, as an index does; one that is not a number raises TypeError.
catch { echo [1, 2][1, 0/0] } as e
echo e.type + ': ' + e.message   # expect: ValueError: slice bounds must be integers, got nan
catch { echo 'ab'[0.5,] } as e
echo e.type + ': ' + e.message   # expect: ValueError: slice bounds must be integers, got 0.5
catch { echo bytes([1])[,'a'] } as e
echo e.type + ': ' + e.message   # expect: TypeError: slice bounds must be integers or nil, got string
echo [1, 2, 3][-1e10, 1e10]      # expect: [1, 2, 3]
