var l = [1, 2, 3]
l.insert(0, 'a')
echo l            # expect: ['a', 1, 2, 3]
l.insert(2, 'b')
echo l            # expect: ['a', 1, 'b', 2, 3]
l.insert(5, 'end')
echo l            # expect: ['a', 1, 'b', 2, 3, 'end']
l.insert(-1, 'x')
echo l            # expect: ['a', 1, 'b', 2, 3, 'x', 'end']
var e = []
e.insert(0, 1)
echo e            # expect: [1]
catch { l.insert(1.5, 0) } as err
echo err.type     # expect: ValueError
catch { l.insert('0', 0) } as err
echo err.type     # expect: TypeError
[1, 2, 3].insert(9, 'z')  # expect error: RangeError
