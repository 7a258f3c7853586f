# An exception raised in finally cancels a pending return.
def f() {
  try {
    return 'returned'
  } finally {
    raise ValueError('finally wins')
  }
}
catch { echo f() } as e
echo e.message     # expect: finally wins
