# break out of an iter loop from inside try runs finally, then leaves the loop.
var log = []
iter var i = 0; i < 10; i++ {
  try {
    if i == 2 break
    log.append('body ${i}')
  } finally {
    log.append('finally ${i}')
  }
}
echo log   # expect: ['body 0', 'finally 0', 'body 1', 'finally 1', 'finally 2']
