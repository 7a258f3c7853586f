# User exception classes subclass Exception and may add fields.
class HttpError < Exception {
  var status = 0
  HttpError(status, message) {
    parent(message)
    self.status = status
  }
}
try {
  raise HttpError(404, 'not found')
} catch HttpError e {
  echo e.status      # expect: 404
  echo e.message     # expect: not found
  echo e.type        # expect: HttpError
  echo instance_of(e, Exception)  # expect: true
}
class Simple < Exception {}
catch { raise Simple('plain') } as s
echo s.message       # expect: plain
