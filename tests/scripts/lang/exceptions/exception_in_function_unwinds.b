# An exception unwinds through several calls; the caller continues normally after catching.
def level(n) {
  var local = 'l${n}'
  if n == 0 raise Exception('bottom')
  return level(n - 1) + local
}
try {
  level(5)
} catch Exception e {
  echo e.message   # expect: bottom
}
def ok(n) {
  var a = n * 2
  return a
}
echo ok(21)        # expect: 42
