# finally runs when an exception leaves the try block unhandled, then the exception propagates.
def f() {
  try {
    raise ValueError('escaping')
  } finally {
    echo 'cleanup'   # expect: cleanup
  }
  echo 'not reached'
}
try {
  f()
} catch ValueError e {
  echo 'outer got ' + e.message  # expect: outer got escaping
}
