# Writing a private field from outside the class raises AccessError.
class S {
  var _v = 1
}
var s = S()
s._v = 2           # expect error: AccessError
