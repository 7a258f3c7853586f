# An ArgumentError raised inside a native method is caught by its class.
try {
  [].pop(1, 2)
} catch ArgumentError e {
  echo e.type                               # expect: ArgumentError
  echo e.message.index_of('pop') > -1       # expect: true
}
echo 'after'   # expect: after
