# Every built-in error class is a subclass of Exception.
var classes = [TypeError, ValueError, NumericError, ArgumentError, RangeError,
  PropertyError, AccessError, UndefinedError, NotImplementedError,
  ImportError, AssertionError, OSError]
var ok = true
for c in classes {
  if !instance_of(c('m'), Exception) ok = false
}
echo ok            # expect: true
echo TypeError('m').type  # expect: TypeError
