# A TypeError raised inside a native string method is caught by its class.
try {
  'a,b'.split(1)
} catch TypeError e {
  echo e.type                               # expect: TypeError
  echo e.message.index_of('split') > -1     # expect: true
}
