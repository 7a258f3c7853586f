# Raising the caught exception again passes on the same object with its message and fields.
class Tagged < Exception {
  var tag = nil
}
var first = nil
try {
  try {
    var t = Tagged('original message')
    t.tag = 'mine'
    raise t
  } catch Tagged e {
    first = e
    raise e
  }
} catch Exception again {
  echo again.message        # expect: original message
  echo again.type           # expect: Tagged
  echo again.tag            # expect: mine
  echo id(again) == id(first)   # expect: true
}
