# ++ and -- (postfix statements) on variables, indexes and properties.
var i = 5
i++
echo i             # expect: 6
i--
i--
echo i             # expect: 4
var l = [1, 2]
l[1]++
echo l             # expect: [1, 3]
class Box { var n = 0 }
var b = Box()
b.n++
b.n++
echo b.n           # expect: 2
