# break and continue affect only the innermost loop.
var pairs = []
for i in 0..3 {
  for j in 0..3 {
    if j > i break
    if j == 1 continue
    pairs.append('${i}${j}')
  }
}
echo pairs         # expect: ['00', '10', '20', '22']
var count = 0
var i = 0
while i < 3 {
  i += 1
  iter var j = 0; j < 5; j++ {
    if j == 2 break
    count += 1
  }
}
echo count         # expect: 6
