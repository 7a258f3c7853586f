echo to_list('abc')          # expect: ['a', 'b', 'c']
echo to_list('')             # expect: []
echo to_list('héé')          # expect: ['h', 'é', 'é']
var l = [1, 2]
var c = to_list(l)
c.append(3)
echo l                       # expect: [1, 2]
echo c                       # expect: [1, 2, 3]
echo to_list({'a': 1, 2: 'b'})  # expect: [['a', 1], [2, 'b']]
echo to_list(0..4)           # expect: [0, 1, 2, 3]
echo to_list(3..0)           # expect: [3, 2, 1]
echo to_list(2..2)           # expect: []
echo to_list(bytes([1, 255]))  # expect: [1, 255]
catch { to_list(5) } as e
echo e.message               # expect: to_list(): cannot convert number to a list
to_list(nil)                 # expect error: TypeError
