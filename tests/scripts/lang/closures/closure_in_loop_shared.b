# Closures created in a loop over a variable declared outside it share that variable.
var fs = []
var n = 0
while n < 3 {
  fs.append(@{ return n })
  n += 1
}
echo [fs[0](), fs[1](), fs[2]()]  # expect: [3, 3, 3]
