# finally runs before an uncaught exception ends the script.
try {
  raise Exception('fatal')
} finally {
  echo 'cleanup'     # expect: cleanup
}
echo 'not reached'
# expect error: Unhandled Exception: fatal
