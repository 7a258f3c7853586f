# A custom exception hierarchy with extra fields, methods and a constructor calling parent(message).
class HttpError < Exception {
  var status = 0
  var url = nil
  HttpError(status, url, message) {
    parent('${status} ${message}')
    self.status = status
    self.url = url
  }
  retryable() { return self.status >= 500 }
}
class ServerError < HttpError {
  ServerError(url) {
    parent(503, url, 'unavailable')
  }
}
try {
  raise ServerError('/api')
} catch HttpError e {
  echo e.message       # expect: 503 unavailable
  echo e.status        # expect: 503
  echo e.url           # expect: /api
  echo e.type          # expect: ServerError
  echo e.retryable()   # expect: true
  echo instance_of(e, Exception)   # expect: true
}
