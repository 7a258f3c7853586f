# Helper module: names starting with '_' are private to the module.
var _count = 0
var visible = 'public'

def _bump() {
  _count += 1
  return _count
}

def bump() {
  return _bump()
}

class _Hidden {}
