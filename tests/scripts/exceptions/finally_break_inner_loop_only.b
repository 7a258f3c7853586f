# break inside try leaves only the innermost loop; the outer loop continues.
var log = []
for i in 0..2 {
  for j in 0..5 {
    try {
      if j == 1 break
      log.append('${i}${j}')
    } finally {
      log.append('f${i}${j}')
    }
  }
}
echo log   # expect: ['00', 'f00', 'f01', '10', 'f10', 'f11']
