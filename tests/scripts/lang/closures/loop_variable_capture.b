# for-in's loop variables are one variable for the whole loop (as in Blade and Python):
# closures created in the body capture it by reference and all see its last value.
# (A variable declared inside the body is fresh each iteration: see loop_body_capture.b.)
var fs = []
for x in [1, 2, 3] {
  fs.append(@{ return x })
}
echo [fs[0](), fs[1](), fs[2]()]  # expect: [3, 3, 3]
var gs = []
for k, v in {'a': 1, 'b': 2} {
  gs.append(@{ return k + v })
}
echo [gs[0](), gs[1]()]  # expect: ['b2', 'b2']
var hs = []
for x in [1, 2, 3] {
  var own = x
  hs.append(@{ return own })
}
echo [hs[0](), hs[1](), hs[2]()]  # expect: [1, 2, 3]
