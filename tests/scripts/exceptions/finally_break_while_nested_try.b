# break from two nested try blocks in a while loop runs both finally blocks, inner first.
var log = []
var n = 0
while n < 10 {
  n += 1
  try {
    try {
      if n == 2 break
      log.append('body ${n}')
    } finally {
      log.append('inner ${n}')
    }
  } finally {
    log.append('outer ${n}')
  }
}
echo log   # expect: ['body 1', 'inner 1', 'outer 1', 'inner 2', 'outer 2']
echo n     # expect: 2
