# A loop with break and continue inside a finally block runs normally.
var log = []
try {
  log.append('try')
} finally {
  for i in 0..5 {
    if i == 1 continue
    if i == 3 break
    log.append(i)
  }
}
echo log   # expect: ['try', 0, 2]
