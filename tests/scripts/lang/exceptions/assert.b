# assert raises AssertionError when its condition is false.
assert true
assert 1 == 1, 'never shown'
try {
  assert 1 == 2, 'one is not two'
} catch AssertionError e {
  echo e.message   # expect: one is not two
  echo e.type      # expect: AssertionError
}
try {
  assert false
} catch AssertionError e {
  echo 'caught assertion'  # expect: caught assertion
}
try {
  assert -1
} catch Exception e {
  echo e.type      # expect: AssertionError
}
