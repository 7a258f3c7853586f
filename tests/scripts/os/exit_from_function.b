# os.exit from deep inside calls ends the process; it is not an exception, so
# neither catch nor finally runs.
import os
def leave(code) {
  try {
    os.exit(code)
  } catch Exception e {
    echo 'caught'
  } finally {
    echo 'finally'
  }
}
echo 'start'           # expect: start
leave(4)
echo 'not reached'
# expect exit: 4
