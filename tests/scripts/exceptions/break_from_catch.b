# break and continue inside a catch block leave the loop correctly and run finally.
var log = []
for i in 0..5 {
  try {
    if i == 1 or i == 3 raise Exception('e${i}')
    log.append(i)
  } catch Exception e {
    if i == 1 continue
    log.append('break at ${i}')
    break
  } finally {
    log.append('f${i}')
  }
}
echo log   # expect: [0, 'f0', 'f1', 2, 'f2', 'break at 3', 'f3']
