var d = {'a': 1, 'b': 2}
# expect: a=1
# expect: b=2
echo d.each(@(v, k) { echo '${k}=${v}' })   # expect: nil
var sum = 0
d.each(@(v) { sum += v })
echo sum                                     # expect: 3
d.each(@(v, k) { d.remove(k) })
echo d                                       # expect: {}
var one = {'x': 1}
catch { one.each(@(v) { raise ValueError('dict each') }) } as e
echo e.message                               # expect: dict each
one.each('f')                                # expect error: TypeError
