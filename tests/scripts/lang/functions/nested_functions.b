# Functions defined inside functions are local to them.
def outer(x) {
  def inner(y) {
    return y * 2
  }
  return inner(x) + 1
}
echo outer(4)      # expect: 9
var inner = 'global inner'
echo inner         # expect: global inner
