# Every os function checks its argument count and names itself in the error.
import os
var calls = [
  @{ os.fork(1) },
  @{ os.wait() },
  @{ os.kill(1) },
  @{ os.sleep() },
  @{ os.cwd('x') },
  @{ os.exit(1, 2) },
]
for call in calls {
  catch { call() } as e
  echo e.type + ': ' + e.message.split('(')[0]
}
# expect: ArgumentError: os.fork
# expect: ArgumentError: os.wait
# expect: ArgumentError: os.kill
# expect: ArgumentError: os.sleep
# expect: ArgumentError: os.cwd
# expect: ArgumentError: os.exit
