var l = []
echo l.append(1)    # expect: nil
l.push('two')
l.append([3])
echo l              # expect: [1, 'two', [3]]
l.append(l.length())
echo l              # expect: [1, 'two', [3], 3]
var big = []
iter var i = 0; i < 1000; i++ { big.push(i * 2) }
echo big.length()   # expect: 1000
echo big[999]       # expect: 1998
l.push()            # expect error: ArgumentError
