var l = ['a', 'b', 'c', 'd']
echo l.remove_at(1)    # expect: b
echo l                 # expect: ['a', 'c', 'd']
echo l.remove_at(-1)   # expect: d
echo l                 # expect: ['a', 'c']
echo l.remove_at(0)    # expect: a
catch { l.remove_at(5) } as e
echo e.type            # expect: RangeError
echo l                 # expect: ['c']
[].remove_at(0)        # expect error: RangeError
