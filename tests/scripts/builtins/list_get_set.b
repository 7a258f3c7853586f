var l = ['a', 'b', 'c']
echo l.get(0)         # expect: a
echo l.get(-1)        # expect: c
echo l.set(1, 'B')    # expect: nil
echo l                # expect: ['a', 'B', 'c']
l.set(-3, 'A')
echo l                # expect: ['A', 'B', 'c']
catch { l.get(3) } as e
echo e.type           # expect: RangeError
catch { l.set(-4, 0) } as e
echo e.type           # expect: RangeError
l.get(nil)            # expect error: TypeError
