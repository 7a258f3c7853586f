# Interpolations nest: a string inside ${ } may interpolate again.
var x = 1, y = 2
echo 'a ${x} ${'in ${y}'}'               # expect: a 1 in 2
echo 'o ${"m ${'i ${x + y}'}"} o'        # expect: o m i 3 o
echo '${'${'${x}'}'}'                    # expect: 1
echo 'd ${{'k': 'v'}['k']}'              # expect: d v
