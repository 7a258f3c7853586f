# Common list operations used by scripts.
var l = []
l.append(1)
l.append('two')
echo l.length()    # expect: 2
echo l.pop()       # expect: two
echo l             # expect: [1]
echo [3, 1, 2].contains(2)  # expect: true
echo typeof(l)     # expect: list
echo typeof({})    # expect: dictionary
