var l = [1, 'a', [2], nil, 'a']
echo l.contains('a')    # expect: true
echo l.contains([2])    # expect: true
echo l.contains(2)      # expect: false
echo l.contains(nil)    # expect: true
echo l.index_of('a')    # expect: 1
echo l.index_of([2])    # expect: 2
echo l.index_of(7)      # expect: -1
echo l.count('a')       # expect: 2
echo l.count(1)         # expect: 1
echo l.count(0)         # expect: 0
[].index_of()           # expect error: ArgumentError
