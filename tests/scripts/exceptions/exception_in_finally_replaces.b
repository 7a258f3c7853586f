# An exception raised in finally replaces the one that was propagating.
try {
  try {
    raise ValueError('original')
  } finally {
    raise TypeError('from finally')
  }
} catch ValueError e {
  echo 'wrong: original survived'
} catch TypeError e {
  echo e.message   # expect: from finally
}
