# to_number('abc') raises ValueError, caught by class; the catch clause order picks it.
try {
  to_number('abc')
} catch TypeError e {
  echo 'wrong clause'
} catch ValueError e {
  echo e.type      # expect: ValueError
  echo e.message   # expect: to_number(): 'abc' is not a number
}
