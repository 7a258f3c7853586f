# finally inside a callback runs when the callback raises through a native.
var log = []
try {
  [1, 2].each(@(x) {
    try {
      if x == 1 raise ValueError('in each')
    } finally {
      log.append('cleanup ${x}')
    }
  })
} catch ValueError e {
  log.append('caught')
}
echo log   # expect: ['cleanup 1', 'caught']
