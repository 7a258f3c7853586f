# When no clause matches, the try's finally runs before an outer handler sees the exception.
var log = []
try {
  try {
    raise RangeError('r')
  } catch ValueError e {
    log.append('value')
  } catch TypeError e {
    log.append('type')
  } finally {
    log.append('inner finally')
  }
} catch RangeError e {
  log.append('outer ' + e.message)
}
echo log    # expect: ['inner finally', 'outer r']
