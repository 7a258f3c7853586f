# a[x,y] slices a list; either bound may be left out; the result is a new list.
var a = [0, 1, 2, 3, 4]
echo a[1,3]        # expect: [1, 2]
echo a[,2]         # expect: [0, 1]
echo a[1,]         # expect: [1, 2, 3, 4]
echo a[0,5]        # expect: [0, 1, 2, 3, 4]
echo a[2,2]        # expect: []
var b = a[,]
b[0] = 'changed'
echo a[0]          # expect: 0
