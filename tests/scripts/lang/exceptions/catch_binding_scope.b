# The name bound by catch is local to the catch block.
var e = 'outer e'
try {
  raise Exception('x')
} catch Exception e {
  echo e.message     # expect: x
}
echo e               # expect: outer e
