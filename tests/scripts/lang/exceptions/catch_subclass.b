# A catch clause for a class also catches its subclasses.
class AppError < Exception {}
class DbError < AppError {}
try {
  raise DbError('db down')
} catch AppError e {
  echo 'app error: ' + e.message  # expect: app error: db down
  echo e.type                     # expect: DbError
}
try {
  raise TypeError('bad type')
} catch Exception e {
  echo e.type                     # expect: TypeError
}
