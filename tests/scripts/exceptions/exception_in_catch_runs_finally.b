# An exception raised inside a catch block still runs that try's finally before propagating.
var log = []
try {
  try {
    raise ValueError('one')
  } catch ValueError e {
    log.append('catch')
    raise TypeError('two')
  } finally {
    log.append('finally')
  }
} catch TypeError e {
  log.append('outer ' + e.message)
}
echo log   # expect: ['catch', 'finally', 'outer two']
