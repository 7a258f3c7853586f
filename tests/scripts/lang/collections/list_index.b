# Reading and writing list elements by index; negative indexes count from the end.
var l = [10, 20, 30]
echo l[0]          # expect: 10
echo l[2]          # expect: 30
echo l[-1]         # expect: 30
echo l[-3]         # expect: 10
l[1] = 'two'
echo l             # expect: [10, 'two', 30]
l[-1] = 'last'
echo l             # expect: [10, 'two', 'last']
var i = 0
echo l[i + 1]      # expect: two
