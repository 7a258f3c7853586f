# A variable declared in a loop body is fresh on each iteration.
var fs = []
iter var i = 0; i < 3; i++ {
  var j = i
  fs.append(@{ return j })
}
echo [fs[0](), fs[1](), fs[2]()]  # expect: [0, 1, 2]
var gs = []
var k = 0
while k < 3 {
  var copy = k * 10
  gs.append(@{ return copy })
  k += 1
}
echo [gs[0](), gs[1](), gs[2]()]  # expect: [0, 10, 20]
