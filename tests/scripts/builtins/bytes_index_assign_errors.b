# Assigning to a byte by index names the value that does not fit: a number
# that is not an integer from 0 to 255 raises ValueError with its value,
# anything else TypeError with its type; the bytes stay unchanged.
var b = bytes([1, 2])
catch { b[0] = 256 } as e
echo e.type + ': ' + e.message   # expect: ValueError: a byte must be an integer between 0 and 255, got 256
catch { b[0] = -1 } as e
echo e.message                   # expect: a byte must be an integer between 0 and 255, got -1
catch { b[0] = 1.5 } as e
echo e.message                   # expect: a byte must be an integer between 0 and 255, got 1.5
catch { b[1] = 'a' } as e
echo e.type + ': ' + e.message   # expect: TypeError: a byte must be a number, got string
echo b                           # expect: bytes([1, 2])
b[-1] = 255
echo b                           # expect: bytes([1, 255])
