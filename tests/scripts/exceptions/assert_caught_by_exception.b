# AssertionError is caught by catch Exception and reports its type.
try {
  assert [].length() > 0, 'empty list'
} catch Exception e {
  echo e.type      # expect: AssertionError
  echo e.message   # expect: empty list
  echo instance_of(e, AssertionError)   # expect: true
}
