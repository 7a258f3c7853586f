echo bytes(3).to_list()        # expect: [0, 0, 0]
echo bytes(0).length()         # expect: 0
echo bytes([1, 2, 255]).to_list()  # expect: [1, 2, 255]
echo bytes('hé').length()      # expect: 3
echo bytes('abc').to_string()  # expect: abc
var b = bytes([9])
var c = bytes(b)
c.set(0, 8)
echo [b.get(0), c.get(0)]      # expect: [9, 8]
catch { bytes([1, 256]) } as e
echo e.message                 # expect: bytes(): item 1 of the list must be an integer between 0 and 255, got 256
catch { bytes([1, 'a']) } as e
echo e.type                    # expect: TypeError
catch { bytes(-1) } as e
echo e.type                    # expect: ValueError
catch { bytes(1.5) } as e
echo e.type                    # expect: ValueError
bytes(nil)                     # expect error: TypeError
