# Many closures each keep their own captured variable alive.
var fs = []
iter var i = 0; i < 500; i++ {
  var v = i * 2
  fs.append(@{ return v })
}
var total = 0
for f in fs {
  total += f()
}
echo total         # expect: 249500
