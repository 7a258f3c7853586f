# continue inside try in an iter loop runs finally and still runs the increment clause.
var log = []
iter var i = 0; i < 4; i++ {
  try {
    if i % 2 == 0 continue
    log.append('odd ${i}')
  } finally {
    log.append(i)
  }
}
echo log   # expect: [0, 'odd 1', 1, 2, 'odd 3', 3]
