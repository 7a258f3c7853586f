var l = [3, 1, 2]
echo l.sort()           # expect: nil
echo l                  # expect: [1, 2, 3]
var s = ['pear', 'apple', 'Zed', 'app']
s.sort()
echo s                  # expect: ['Zed', 'app', 'apple', 'pear']
var f = [2.5, -1, 10, 0, -3.25]
f.sort()
echo f                  # expect: [-3.25, -1, 0, 2.5, 10]
var e = []
e.sort()
echo e                  # expect: []
var big = []
iter var i = 0; i < 500; i++ { big.append((i * 7919) % 500) }
big.sort()
var ok = true
iter var i = 0; i < 500; i++ { if big[i] != i ok = false }
echo ok                 # expect: true
