catch { [1, 'a'].sort() } as e
echo e.message    # expect: list.sort(): cannot compare string with number
catch { [nil, nil].sort() } as e
echo e.type       # expect: TypeError
catch { [[1], [2]].sort() } as e
echo e.type       # expect: TypeError
catch { [1, 2].sort(@(a, b) { return 'x' }) } as e
echo e.message    # expect: list.sort(): the comparison function must return a number or a boolean, got string
catch { [1, 2].sort(@(a, b) { raise ValueError('boom') }) } as e
echo e.message    # expect: boom
echo [1].sort(5) # expect error: TypeError
