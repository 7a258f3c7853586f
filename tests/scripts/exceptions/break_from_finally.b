# A conditional break inside a finally block (no exception pending) leaves the loop.
var log = []
var i = 0
while i < 5 {
  i += 1
  try {
    log.append(i)
  } finally {
    if i == 2 break
  }
}
echo log   # expect: [1, 2]
