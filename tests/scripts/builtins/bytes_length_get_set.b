var b = bytes([10, 20, 30])
echo b.length()     # expect: 3
echo b.is_empty()   # expect: false
echo bytes(0).is_empty()  # expect: true
echo b.get(0)       # expect: 10
echo b.get(-1)      # expect: 30
echo b.set(1, 255)  # expect: nil
echo b.to_list()    # expect: [10, 255, 30]
catch { b.set(0, 256) } as e
echo e.message      # expect: bytes.set(): argument 2 (value) must be an integer between 0 and 255, got 256
catch { b.set(0, 'a') } as e
echo e.type         # expect: TypeError
catch { b.get(3) } as e
echo e.type         # expect: RangeError
b.set(-4, 1)        # expect error: RangeError
