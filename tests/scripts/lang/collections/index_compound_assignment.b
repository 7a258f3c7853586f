# Compound assignment on list elements, dict entries and properties.
var l = [1, 2, 3]
l[0] += 5
l[1] -= 1
l[2] *= 10
echo l             # expect: [6, 1, 30]
l[-1] //= 7
echo l             # expect: [6, 1, 4]
var d = {'k': 'a', 'n': 2}
d['k'] += 'b'
d['n'] **= 3
echo d             # expect: {'k': 'ab', 'n': 8}
class P { var x = 1 }
var p = P()
p.x += 41
echo p.x           # expect: 42
p.x %= 5
echo p.x           # expect: 2
var m = [[1]]
m[0][0] += 1
echo m             # expect: [[2]]
