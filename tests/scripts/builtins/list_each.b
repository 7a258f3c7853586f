var total = 0
echo [1, 2, 3].each(@(x) { total += x })  # expect: nil
echo total                                 # expect: 6
['a', 'b'].each(@(x, i) { echo '${i}:${x}' })
# expect: 0:a
# expect: 1:b
var l = [1, 2, 3]
l.each(@(x) { l.remove(x) })
echo l                                     # expect: [2]
catch { [1].each(@(x) { raise TypeError('stop') }) } as e
echo e.message                             # expect: stop
