# return from inside a loop inside try runs finally once, after the loop stops.
var log = []
def find(items, wanted) {
  try {
    for x in items {
      log.append(x)
      if x == wanted return 'found ${x}'
    }
    return 'missing'
  } finally {
    log.append('finally')
  }
}
echo find([1, 2, 3, 4], 2)   # expect: found 2
echo log                     # expect: [1, 2, 'finally']
log = []
echo find([1], 9)            # expect: missing
echo log                     # expect: [1, 'finally']
