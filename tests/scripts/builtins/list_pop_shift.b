var l = [1, 2, 3]
echo l.pop()     # expect: 3
echo l           # expect: [1, 2]
echo l.shift()   # expect: 1
echo l           # expect: [2]
echo l.pop()     # expect: 2
echo l.pop()     # expect: nil
echo l.shift()   # expect: nil
echo l           # expect: []
[].pop(1)        # expect error: ArgumentError
