# Indexing with a literal small integer (compiled to one instruction) on
# every indexable type, inside and outside the value, and on values that
# cannot be indexed.
var l = ['a', 'b', 'c']
echo l[0] + l[1] + l[2]       # expect: abc
echo 'héllo'[1]               # expect: é
echo {0: 'zero', 1: 'one'}[1] # expect: one
var b = bytes(300)
b[255] = 7
echo b[255]                   # expect: 7
var big = []
for i in 0..256 big.append(i * 2)
echo big[255]                 # expect: 510
echo [[1, 2], [3, 4]][1][0]   # expect: 3
catch { echo l[3] } as e
echo e.message                # expect: index 3 out of range for length 3
catch { echo nil[0] } as e
echo e.message                # expect: nil is not indexable
catch { echo {1: 2}[0] } as e
echo e.message                # expect: key '0' not found in dictionary
var n = 0
echo l[n]                     # expect: a
