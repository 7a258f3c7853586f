# catch without a class catches everything.
try {
  raise ValueError('anything')
} catch {
  echo 'caught it'   # expect: caught it
}
try {
  undefined_thing()
} catch Exception e {
  echo e.type        # expect: UndefinedError
}
