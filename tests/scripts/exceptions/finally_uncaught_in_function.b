# finally blocks in every frame run before an uncaught exception ends the script.
def inner() {
  try {
    raise Exception('fatal')
  } finally {
    echo 'inner cleanup'   # expect: inner cleanup
  }
}
def outer() {
  try {
    inner()
  } finally {
    echo 'outer cleanup'   # expect: outer cleanup
  }
}
outer()
echo 'not reached'
# expect error: Unhandled Exception: fatal
