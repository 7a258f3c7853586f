# A conditional continue inside a finally block skips the rest of the loop body.
var log = []
for i in [1, 2, 3] {
  try {
    log.append('try ${i}')
  } finally {
    if i == 2 continue
  }
  log.append('after ${i}')
}
echo log   # expect: ['try 1', 'after 1', 'try 2', 'try 3', 'after 3']
