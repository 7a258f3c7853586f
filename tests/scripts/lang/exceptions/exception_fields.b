# An exception has .message, .type and .stacktrace (and an OSError .errno).
def inner() {
  raise ValueError('bad value')
}
def outer() {
  inner()
}
try {
  outer()
} catch Exception e {
  echo e.message                       # expect: bad value
  echo e.type                          # expect: ValueError
  echo typeof(e.stacktrace)            # expect: string
  echo e.stacktrace.index_of('inner') > -1   # expect: true
  echo e.stacktrace.index_of('outer') > -1   # expect: true
  echo e.stacktrace.index_of('exception_fields.b:3') > -1  # expect: true
}
# An OSError a script makes (of any subclass, a class of its own included)
# has .errno too: 0, no system error.
class DiskFull < OSError {}
echo [OSError('x').errno, DiskFull('full').errno]   # expect: [0, 0]
catch { Exception('x').errno } as missing
echo missing.type                                    # expect: PropertyError
