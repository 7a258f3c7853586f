var l = [1, 2, 3]
var r = l.reverse()
echo r            # expect: [3, 2, 1]
echo l            # expect: [1, 2, 3]
echo [].reverse() # expect: []
echo ['a', 'b'].reverse()  # expect: ['b', 'a']
