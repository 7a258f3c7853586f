# Reading a missing property raises PropertyError.
class P {
  var x = 1
}
var p = P()
echo p.x           # expect: 1
echo p.y           # expect error: Unhandled PropertyError
