# Calling a private method from outside the class raises AccessError.
class Safe {
  _open() { return 'opened' }
}
Safe()._open()     # expect error: AccessError
