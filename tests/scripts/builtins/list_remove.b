var l = [1, 2, 3, 2]
echo l.remove(2)       # expect: true
echo l                 # expect: [1, 3, 2]
echo l.remove(9)       # expect: false
echo l                 # expect: [1, 3, 2]
var m = [[1], 'a', nil]
echo m.remove([1])     # expect: true
echo m.remove(nil)     # expect: true
echo m                 # expect: ['a']
[].remove()            # expect error: ArgumentError
