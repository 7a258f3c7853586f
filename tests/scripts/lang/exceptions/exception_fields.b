# An exception has .message, .type and .stacktrace.
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
