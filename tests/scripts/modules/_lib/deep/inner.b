# Helper module in a subfolder, imported as '.a.b' by tests.
var where = 'deep/inner'

def double(x) {
  return x * 2
}
